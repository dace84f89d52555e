#include "FieldWidget.h"

#include "CatalogDocument.h"
#include "model/Uscc.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>

namespace sy {

namespace {
const QDate noDate(1900, 1, 1); // QDateEdit cannot be empty: its minimum stands for "not set"

QStringList splitCodes(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;，；、\\s]+"));
    QStringList list = text.split(separators, Qt::SkipEmptyParts);
    return list;
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    auto empty = [](const QVariant &v) {
        return !v.isValid() || v.isNull() || v.toString().isEmpty()
               || (v.typeId() == QMetaType::QStringList && v.toStringList().isEmpty());
    };
    if (empty(a) && empty(b))
        return true;
    if (a.typeId() == QMetaType::QStringList || b.typeId() == QMetaType::QStringList)
        return a.toStringList() == b.toStringList();
    return a == b || a.toString() == b.toString();
}
} // namespace

FieldWidget::FieldWidget(const FieldDef &field,
                         const Profile *profile,
                         CatalogDocument *document,
                         QWidget *parent)
    : QWidget(parent)
    , m_field(field)
    , m_profile(profile)
    , m_document(document)
{
    setObjectName(QStringLiteral("field_%1FieldWidget").arg(field.key));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    const bool isOffice = field.key == QLatin1String("office");
    switch (isOffice ? FieldType::Enum : field.type) {
    case FieldType::Text:
    case FieldType::Code:
    case FieldType::CodeList:
    case FieldType::Uscc: {
        m_line = new QLineEdit(this);
        if (field.maxLength > 0 && field.type != FieldType::CodeList)
            m_line->setMaxLength(field.maxLength);
        if (field.type == FieldType::Uscc) {
            m_line->setMaxLength(18);
            m_line->setValidator(new QRegularExpressionValidator(
                QRegularExpression(QStringLiteral("[0-9A-HJ-NPQRTUWXYa-hj-npqrtuwxy]{0,18}")),
                m_line));
            m_line->setPlaceholderText(tr("18 characters, e.g. 11440000006939818K"));
        } else if (!field.pattern.isEmpty() && field.type != FieldType::CodeList) {
            // Only characters that can still lead to a match are accepted while typing.
            m_line->setValidator(
                new QRegularExpressionValidator(QRegularExpression(field.pattern), m_line));
        }
        if (field.type == FieldType::CodeList)
            m_line->setPlaceholderText(tr("Several codes, separated by commas"));
        connect(m_line, &QLineEdit::editingFinished, this, &FieldWidget::emitIfChanged);
        m_editor = m_line;
        break;
    }
    case FieldType::LongText:
        m_text = new QPlainTextEdit(this);
        m_text->setTabChangesFocus(true);
        m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 4 + 12);
        m_text->installEventFilter(this);
        m_editor = m_text;
        break;
    case FieldType::Enum:
    case FieldType::Region:
        m_combo = new QComboBox(this);
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_combo->setMinimumContentsLength(12);
        fillCombo();
        connect(m_combo, &QComboBox::activated, this, &FieldWidget::emitIfChanged);
        m_editor = m_combo;
        break;
    case FieldType::MultiEnum: {
        m_list = new QListWidget(this);
        m_list->setFlow(QListView::LeftToRight);
        m_list->setWrapping(true);
        m_list->setResizeMode(QListView::Adjust);
        m_list->setSpacing(2);
        if (const Vocabulary *v = profile ? profile->vocabulary(field.vocabulary) : nullptr) {
            for (const VocabularyItem &item : v->items) {
                auto *li = new QListWidgetItem(item.label.text(), m_list);
                li->setData(Qt::UserRole, item.code);
                li->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                li->setCheckState(Qt::Unchecked);
            }
        }
        m_list->setFixedHeight(m_list->fontMetrics().lineSpacing() * 3 + 16);
        connect(m_list, &QListWidget::itemChanged, this, [this] {
            if (!m_updating)
                emitIfChanged();
        });
        m_editor = m_list;
        break;
    }
    case FieldType::Int:
    case FieldType::Bytes:
        m_number = new QDoubleSpinBox(this);
        // A double spin box with no decimals: integers up to 2^53 are exact, which QSpinBox's
        // int cannot hold for record counts and byte volumes.
        m_number->setDecimals(0);
        m_number->setRange(0, 9.0e15);
        m_number->setGroupSeparatorShown(true);
        m_number->setButtonSymbols(QAbstractSpinBox::NoButtons);
        if (field.type == FieldType::Bytes)
            m_number->setSuffix(tr(" bytes"));
        connect(m_number, &QDoubleSpinBox::editingFinished, this, &FieldWidget::emitIfChanged);
        m_editor = m_number;
        break;
    case FieldType::Date:
        m_date = new QDateEdit(this);
        m_date->setCalendarPopup(true);
        m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        m_date->setMinimumDate(noDate);
        m_date->setSpecialValueText(tr("not set"));
        m_date->setDate(noDate);
        connect(m_date, &QDateEdit::editingFinished, this, &FieldWidget::emitIfChanged);
        connect(m_date, &QDateEdit::dateChanged, this, [this] {
            // Picking from the calendar commits at once; typing commits on editingFinished.
            if (!m_updating && !m_date->hasFocus())
                emitIfChanged();
        });
        m_editor = m_date;
        break;
    case FieldType::Bool:
        m_check = new QCheckBox(this);
        connect(m_check, &QCheckBox::toggled, this, [this] {
            if (!m_updating)
                emitIfChanged();
        });
        m_editor = m_check;
        break;
    }
    m_editor->setObjectName(QStringLiteral("field_%1").arg(field.key));
    const QString help = field.help.text();
    if (!help.isEmpty())
        m_editor->setToolTip(help);
    m_editor->setAccessibleName(field.label.text());
    layout->addWidget(m_editor);
    setFocusProxy(m_editor);
}

QString FieldWidget::labelText(const FieldDef &field)
{
    const QString label = field.label.text().toHtmlEscaped();
    if (field.required)
        return label + QStringLiteral(" <span style=\"color:#c0392b\">*</span>");
    return label;
}

void FieldWidget::fillCombo()
{
    m_updating = true;
    const QVariant current = m_combo->currentData();
    m_combo->clear();
    m_combo->addItem(QString(), QVariant()); // "not set"
    if (m_field.key == QLatin1String("office")) {
        const QList<Office> offices = m_document ? m_document->offices() : QList<Office>();
        for (const Office &o : offices)
            m_combo->addItem(o.name, o.id);
    } else {
        QString vocabulary = m_field.vocabulary;
        if (vocabulary.isEmpty() && m_field.type == FieldType::Region)
            vocabulary = QStringLiteral("region");
        if (const Vocabulary *v = m_profile ? m_profile->vocabulary(vocabulary) : nullptr) {
            for (const VocabularyItem &item : v->items) {
                const QString text = m_field.type == FieldType::Region
                                         ? QStringLiteral("%1 %2").arg(item.code, item.label.text())
                                         : item.label.text();
                m_combo->addItem(text, item.code);
            }
        }
    }
    const int i = m_combo->findData(current);
    m_combo->setCurrentIndex(i < 0 ? 0 : i);
    m_updating = false;
}

void FieldWidget::refreshChoices()
{
    if (m_combo && m_field.key == QLatin1String("office"))
        fillCombo();
}

QVariant FieldWidget::value() const
{
    if (m_line) {
        const QString text = m_line->text().trimmed();
        if (m_field.type == FieldType::CodeList)
            return splitCodes(text);
        if (m_field.type == FieldType::Uscc)
            return text.toUpper();
        return text;
    }
    if (m_text)
        return m_text->toPlainText();
    if (m_combo) {
        const QVariant data = m_combo->currentData();
        if (m_field.key == QLatin1String("office"))
            return data.isValid() ? data.toLongLong() : qint64(0);
        return data.isValid() ? data.toString() : QString();
    }
    if (m_list) {
        QStringList codes;
        for (int i = 0; i < m_list->count(); ++i) {
            if (m_list->item(i)->checkState() == Qt::Checked)
                codes << m_list->item(i)->data(Qt::UserRole).toString();
        }
        return codes;
    }
    if (m_number)
        return qint64(m_number->value());
    if (m_date)
        return m_date->date() == noDate ? QString() : m_date->date().toString(Qt::ISODate);
    if (m_check)
        return m_check->isChecked();
    return {};
}

void FieldWidget::setValue(const QVariant &value)
{
    m_updating = true;
    const QSignalBlocker blocker(m_editor);
    if (m_line) {
        if (m_field.type == FieldType::CodeList)
            m_line->setText(value.toStringList().join(QStringLiteral(", ")));
        else
            m_line->setText(value.toString());
        m_line->setCursorPosition(0);
        if (m_field.type == FieldType::Uscc) {
            const QString code = value.toString();
            const bool bad = !code.isEmpty() && !uscc::isValid(code);
            m_line->setStyleSheet(bad ? QStringLiteral("color:#c0392b") : QString());
        }
    } else if (m_text) {
        m_text->setPlainText(value.toString());
    } else if (m_combo) {
        int i = 0;
        if (m_field.key == QLatin1String("office"))
            i = m_combo->findData(value.toLongLong());
        else if (!value.toString().isEmpty())
            i = m_combo->findData(value.toString());
        if (i < 0 && !value.toString().isEmpty()) {
            // A code the profile does not know: show it rather than silently dropping it.
            m_combo->addItem(tr("%1 (unknown)").arg(value.toString()), value.toString());
            i = m_combo->count() - 1;
        }
        m_combo->setCurrentIndex(std::max(0, i));
    } else if (m_list) {
        const QStringList codes = value.toStringList();
        for (int i = 0; i < m_list->count(); ++i) {
            QListWidgetItem *item = m_list->item(i);
            item->setCheckState(
                codes.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
    } else if (m_number) {
        m_number->setValue(double(value.toLongLong()));
    } else if (m_date) {
        const QDate d = QDate::fromString(value.toString().left(10), Qt::ISODate);
        m_date->setDate(d.isValid() ? d : noDate);
    } else if (m_check) {
        m_check->setChecked(value.toBool());
    }
    m_committed = this->value();
    m_updating = false;
}

void FieldWidget::emitIfChanged()
{
    if (m_updating)
        return;
    const QVariant v = value();
    if (sameValue(v, m_committed))
        return;
    m_committed = v;
    if (m_line && m_field.type == FieldType::Uscc) {
        const QString code = v.toString();
        const bool bad = !code.isEmpty() && !uscc::isValid(code);
        m_line->setStyleSheet(bad ? QStringLiteral("color:#c0392b") : QString());
    }
    emit edited(m_field.key, v);
}

void FieldWidget::commit()
{
    emitIfChanged();
}

bool FieldWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::FocusOut)
        emitIfChanged();
    return QWidget::eventFilter(watched, event);
}

} // namespace sy
