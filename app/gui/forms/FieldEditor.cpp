#include "FieldEditor.h"

#include "foundation/Clock.h"
#include "foundation/NumberText.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace wp::gui {

using clinical::FieldType;

namespace {

QString numberText(double v, int decimals)
{
    // Up to the field's decimals, without trailing zeros beyond the first ("1.0 g", "38.5 °C").
    QString text = QString::number(v, 'f', decimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')) && !text.endsWith(QLatin1String(".0"))) {
            text.chop(1);
        }
    }
    return text;
}

} // namespace

FieldEditor::FieldEditor(const clinical::FieldDefinition& field, const QString& language, Clock& clock,
                         QWidget* parent)
    : QWidget(parent), m_field(field), m_language(language), m_clock(clock)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    switch (field.type) {
    case FieldType::Text:
        m_line = new QLineEdit(this);
        m_line->setMinimumWidth(360);
        if (field.maxLength > 0) {
            m_line->setMaxLength(field.maxLength);
        }
        layout->addWidget(m_line);
        connect(m_line, &QLineEdit::textEdited, this, &FieldEditor::edited);
        break;
    case FieldType::Integer:
    case FieldType::Decimal: {
        m_line = new QLineEdit(this);
        // Wide enough for "120.5", narrow enough to read as a number box.
        m_line->setMaximumWidth(110);
        m_line->setAlignment(Qt::AlignRight);
        layout->addWidget(m_line);
        if (!field.unit.isEmpty()) {
            layout->addWidget(new QLabel(field.unit, this));
        }
        layout->addStretch(1);
        connect(m_line, &QLineEdit::textEdited, this, &FieldEditor::edited);
        break;
    }
    case FieldType::Multiline:
        m_text = new QPlainTextEdit(this);
        m_text->setTabChangesFocus(true);
        m_text->setMinimumWidth(360);
        m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 3 + 12);
        layout->addWidget(m_text);
        connect(m_text, &QPlainTextEdit::textChanged, this, &FieldEditor::edited);
        break;
    case FieldType::DateTime: {
        m_dateTime = new QDateTimeEdit(this);
        m_dateTime->setCalendarPopup(true);
        m_dateTime->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
        // The minimum stands for "not filled in" and reads as a dash.
        m_dateTime->setMinimumDateTime(emptyDateTime());
        m_dateTime->setSpecialValueText(QStringLiteral("—"));
        m_dateTime->setDateTime(emptyDateTime());
        layout->addWidget(m_dateTime);
        auto* now = new QToolButton(this);
        now->setText(tr("Now"));
        now->setToolTip(tr("Set to the current date and time"));
        layout->addWidget(now);
        layout->addStretch(1);
        m_extraFocus = now;
        connect(now, &QToolButton::clicked, this, [this] {
            m_dateTime->setDateTime(m_clock.now().toLocalTime());
            emit edited();
        });
        connect(m_dateTime, &QDateTimeEdit::dateTimeChanged, this, &FieldEditor::edited);
        break;
    }
    case FieldType::Choice: {
        int labels = 0;
        for (const auto& o : field.options) {
            labels += static_cast<int>(o.label.text(language).size());
        }
        buildChoice(field.options.size() <= 5 && labels <= 70);
        break;
    }
    case FieldType::MultiChoice: {
        auto* grid = new QGridLayout;
        grid->setContentsMargins(0, 0, 0, 0);
        for (int i = 0; i < field.options.size(); ++i) {
            auto* box = new QCheckBox(field.options[i].label.text(language), this);
            box->setProperty("optionValue", field.options[i].value);
            grid->addWidget(box, i / 3, i % 3);
            m_checks << box;
            connect(box, &QCheckBox::toggled, this, &FieldEditor::edited);
        }
        layout->addLayout(grid);
        break;
    }
    case FieldType::YesNo: {
        m_group = new QButtonGroup(this);
        for (const auto& [text, yes] : {std::pair{tr("Yes"), true}, std::pair{tr("No"), false}}) {
            auto* b = new QRadioButton(text, this);
            b->setProperty("optionValue", yes);
            m_group->addButton(b);
            m_buttons << b;
            layout->addWidget(b);
        }
        layout->addStretch(1);
        connect(m_group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton*, bool on) {
            if (on) {
                emit edited();
            }
        });
        break;
    }
    case FieldType::Computed:
        break; // shown by the form as a read-only label
    }
}

void FieldEditor::buildChoice(bool asRadios)
{
    auto* layout = qobject_cast<QHBoxLayout*>(this->layout());
    if (asRadios) {
        m_group = new QButtonGroup(this);
        for (const auto& o : m_field.options) {
            auto* b = new QRadioButton(o.label.text(m_language), this);
            b->setProperty("optionValue", o.value);
            m_group->addButton(b);
            m_buttons << b;
            layout->addWidget(b);
        }
        layout->addStretch(1);
        connect(m_group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton*, bool on) {
            if (on) {
                emit edited();
            }
        });
        return;
    }
    m_combo = new QComboBox(this);
    m_combo->addItem(QStringLiteral("—"), QString());
    for (const auto& o : m_field.options) {
        m_combo->addItem(o.label.text(m_language), o.value);
    }
    layout->addWidget(m_combo);
    layout->addStretch(1);
    connect(m_combo, &QComboBox::activated, this, &FieldEditor::edited);
}

QDateTime FieldEditor::emptyDateTime() const
{
    return QDateTime(QDate(2000, 1, 1), QTime(0, 0));
}

QJsonValue FieldEditor::value() const
{
    switch (m_field.type) {
    case FieldType::Text:
        return m_line->text().trimmed().isEmpty() ? QJsonValue() : QJsonValue(m_line->text().trimmed());
    case FieldType::Integer:
    case FieldType::Decimal: {
        QString text = m_line->text().trimmed();
        if (text.isEmpty()) {
            return {};
        }
        text.replace(QLatin1Char(','), QLatin1Char('.')); // French keyboards type 37,5
        // The core's one parser; what it refuses is kept as typed so that the validator explains.
        if (m_field.type == FieldType::Integer) {
            if (auto n = NumberText::integer(text)) {
                return *n;
            }
            return text;
        }
        if (auto d = NumberText::decimal(text)) {
            return *d;
        }
        return text;
    }
    case FieldType::Multiline: {
        const QString text = m_text->toPlainText().trimmed();
        return text.isEmpty() ? QJsonValue() : QJsonValue(text);
    }
    case FieldType::DateTime:
        if (m_dateTime->dateTime() == emptyDateTime()) {
            return {};
        }
        return m_dateTime->dateTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
    case FieldType::Choice:
        if (m_combo) {
            const QString v = m_combo->currentData().toString();
            return v.isEmpty() ? QJsonValue() : QJsonValue(v);
        }
        if (auto* b = m_group->checkedButton()) {
            return b->property("optionValue").toString();
        }
        return {};
    case FieldType::MultiChoice: {
        QJsonArray list;
        for (auto* box : m_checks) {
            if (box->isChecked()) {
                list << box->property("optionValue").toString();
            }
        }
        return list.isEmpty() ? QJsonValue() : QJsonValue(list);
    }
    case FieldType::YesNo:
        if (auto* b = m_group->checkedButton()) {
            return b->property("optionValue").toBool();
        }
        return {};
    case FieldType::Computed:
        return {};
    }
    return {};
}

void FieldEditor::setValue(const QJsonValue& v)
{
    const QSignalBlocker blocker(this);
    switch (m_field.type) {
    case FieldType::Text:
        m_line->setText(v.toVariant().toString());
        break;
    case FieldType::Integer:
    case FieldType::Decimal:
        if (v.isDouble()) {
            m_line->setText(m_field.type == FieldType::Integer && v.toDouble() == std::floor(v.toDouble())
                                ? QString::number(v.toInteger())
                                : numberText(v.toDouble(), std::max(m_field.decimals, 1)));
        } else {
            m_line->setText(v.toVariant().toString());
        }
        break;
    case FieldType::Multiline:
        m_text->setPlainText(v.toString());
        break;
    case FieldType::DateTime: {
        const QSignalBlocker b(m_dateTime);
        const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
        m_dateTime->setDateTime(t.isValid() ? t : emptyDateTime());
        break;
    }
    case FieldType::Choice:
    case FieldType::YesNo: {
        const QString wanted = v.toVariant().toString();
        if (m_combo) {
            const QSignalBlocker b(m_combo);
            const int i = m_combo->findData(wanted);
            m_combo->setCurrentIndex(std::max(i, 0));
            break;
        }
        const QSignalBlocker b(m_group);
        m_group->setExclusive(false);
        for (auto* button : m_buttons) {
            button->setChecked(!v.isNull() && !v.isUndefined() &&
                               button->property("optionValue").toString() == wanted);
        }
        m_group->setExclusive(true);
        break;
    }
    case FieldType::MultiChoice: {
        QStringList wanted;
        for (const auto& item : v.toArray()) {
            wanted << item.toString();
        }
        for (auto* box : m_checks) {
            const QSignalBlocker b(box);
            box->setChecked(wanted.contains(box->property("optionValue").toString()));
        }
        break;
    }
    case FieldType::Computed:
        break;
    }
}

void FieldEditor::clear()
{
    setValue(QJsonValue());
}

void FieldEditor::setReadOnly(bool readOnly)
{
    if (m_line) {
        m_line->setReadOnly(readOnly);
    }
    if (m_text) {
        m_text->setReadOnly(readOnly);
    }
    if (m_dateTime) {
        m_dateTime->setReadOnly(readOnly);
    }
    if (m_combo) {
        m_combo->setEnabled(!readOnly);
    }
    for (auto* b : m_buttons) {
        b->setEnabled(!readOnly);
    }
    for (auto* b : m_checks) {
        b->setEnabled(!readOnly);
    }
    if (m_extraFocus) {
        m_extraFocus->setEnabled(!readOnly);
    }
}

QWidget* FieldEditor::inputWidget() const
{
    if (m_line) {
        return m_line;
    }
    if (m_text) {
        return m_text;
    }
    if (m_dateTime) {
        return m_dateTime;
    }
    if (m_combo) {
        return m_combo;
    }
    if (!m_buttons.isEmpty()) {
        return m_buttons.first();
    }
    if (!m_checks.isEmpty()) {
        return m_checks.first();
    }
    return nullptr;
}

QList<QWidget*> FieldEditor::focusChain() const
{
    QList<QWidget*> chain;
    if (auto* w = inputWidget()) {
        chain << w;
    }
    for (int i = 1; i < m_buttons.size(); ++i) {
        chain << m_buttons[i];
    }
    for (int i = 1; i < m_checks.size(); ++i) {
        chain << m_checks[i];
    }
    if (m_extraFocus) {
        chain << m_extraFocus;
    }
    return chain;
}

QString FieldEditor::displayText(const clinical::FieldDefinition& field, const QJsonValue& value,
                                 const QString& language)
{
    if (value.isNull() || value.isUndefined()) {
        return {};
    }
    switch (field.type) {
    case FieldType::Integer:
    case FieldType::Decimal: {
        const QString n = value.isDouble() ? (field.type == FieldType::Decimal
                                                  ? numberText(value.toDouble(), std::max(field.decimals, 1))
                                                  : QString::number(value.toDouble()))
                                           : value.toVariant().toString();
        return field.unit.isEmpty() ? n : QStringLiteral("%1 %2").arg(n, field.unit);
    }
    case FieldType::Choice: {
        const QString v = value.toVariant().toString();
        const auto* o = field.option(v);
        return o ? o->label.text(language) : v;
    }
    case FieldType::MultiChoice: {
        QStringList parts;
        for (const auto& item : value.toArray()) {
            const auto* o = field.option(item.toString());
            parts << (o ? o->label.text(language) : item.toString());
        }
        return parts.join(QStringLiteral(", "));
    }
    case FieldType::YesNo:
        return value.toBool() ? tr("Yes") : tr("No");
    case FieldType::DateTime: {
        const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODate);
        return t.isValid() ? t.toString(QStringLiteral("dd/MM/yyyy HH:mm")) : value.toString();
    }
    case FieldType::Computed:
        if (value.isObject()) {
            const auto total = value.toObject().value(QStringLiteral("total"));
            return total.isDouble() ? QString::number(total.toInt()) : tr("incomplete");
        }
        if (value.isDouble()) {
            const QString n =
                QString::number(value.toDouble(), 'f', field.computation == QLatin1String("bmi") ? 1 : 0);
            return field.unit.isEmpty() ? n : QStringLiteral("%1 %2").arg(n, field.unit);
        }
        return value.toVariant().toString();
    default:
        return value.toVariant().toString();
    }
}

} // namespace wp::gui
