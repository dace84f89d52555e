#pragma once

#include "PackageWriter.h"

namespace sy {

// Where the exchange layer meets the layers it builds on: the rules layer decides whether a
// package may leave without the draft flag, the report layer prints the registration forms.
// Kept in one place so that swapping either is a change of this file only.
namespace ExchangeHooks {

PackageWriter::Validator defaultValidator();
PackageWriter::FormRenderer defaultFormRenderer(); // empty when no form writer is available

} // namespace ExchangeHooks
} // namespace sy
