#!/bin/sh
# Installs the Debian 12 packages Shuyuan needs to build, test and run (TOOLCHAIN.md).
# Idempotent: packages already installed are left alone, and nothing is done when all are there.
# Works as root or through sudo.
#   packaging/install-deps.sh           build + test + run
#   packaging/install-deps.sh --dev     also the tools for looking at output and sanitizers
set -eu

PACKAGES="build-essential cmake ninja-build pkg-config dpkg-dev file ccache
qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
libqt6sql6-sqlite libsqlite3-dev libssl-dev libarchive-dev libxlsxwriter-dev libgl-dev
xvfb xauth fonts-noto-cjk fonts-wqy-microhei
sqlite3 poppler-utils libarchive-tools"
# sqlite3: the yardstick of `shuyuan-cli bench`; poppler-utils: pdftotext/pdftoppm in the PDF
# tests; libarchive-tools: bsdtar, the yardstick of the package benchmark.
DEV_PACKAGES="imagemagick x11-apps clang-14 libclang-rt-14-dev clang-format"

if [ "${1:-}" = "--dev" ]; then
    PACKAGES="$PACKAGES $DEV_PACKAGES"
fi

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    echo "install-deps: all $(echo $PACKAGES | wc -w) packages are already installed."
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "install-deps: run as root or install sudo; missing:$missing" >&2
    exit 1
fi

echo "install-deps: installing$missing"
$SUDO apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
echo "install-deps: done."
