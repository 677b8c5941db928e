#include "FieldEditor.h"

#include "FlowLayout.h"
#include "common/DateEdit.h"
#include "foundation/Clock.h"
#include "foundation/NumberText.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QStyleOption>
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
    // Room for the frame a problem draws (FormWidget's style sheet), so nothing moves then.
    setAttribute(Qt::WA_StyledBackground);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(3, 3, 3, 3);
    setSizePolicy(isCompact() ? QSizePolicy::Maximum : QSizePolicy::Expanding, QSizePolicy::Preferred);
    switch (field.type) {
    case FieldType::Text:
        m_line = new QLineEdit(this);
        // Wide enough for a name or a drug, and it may shrink: the form never scrolls sideways.
        m_line->setMinimumWidth(160);
        m_line->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
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
        // Letters never get in; what is left to explain is a number out of range.
        const bool negative = !field.possible || field.possible->min < 0;
        const QString sign = negative ? QStringLiteral("-?") : QString();
        const QString pattern = field.type == FieldType::Integer
                                    ? sign + QStringLiteral("\\d{0,9}")
                                    : sign + QStringLiteral("\\d{0,9}([.,]\\d{0,6})?");
        m_line->setValidator(new QRegularExpressionValidator(QRegularExpression(pattern), m_line));
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
        m_text->setMinimumWidth(160);
        m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 3 + 12);
        layout->addWidget(m_text);
        connect(m_text, &QPlainTextEdit::textChanged, this, &FieldEditor::edited);
        break;
    case FieldType::DateTime: {
        m_dateTime = new DateEdit(DateEdit::Mode::DateTime, this);
        m_dateTime->setCalendarStart(m_clock.now().toLocalTime().date());
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
        connect(m_dateTime, &DateEdit::edited, this, &FieldEditor::edited);
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
        auto* flow = new FlowLayout;
        for (int i = 0; i < field.options.size(); ++i) {
            auto* box = new QCheckBox(field.options[i].label.text(language), this);
            box->setProperty("optionValue", field.options[i].value);
            flow->addWidget(box);
            m_checks << box;
            connect(box, &QCheckBox::toggled, this, &FieldEditor::edited);
        }
        layout->addLayout(flow, 1);
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
        // The buttons wrap to a second line rather than widening the form.
        auto* flow = new FlowLayout;
        for (const auto& o : m_field.options) {
            auto* b = new QRadioButton(o.label.text(m_language), this);
            b->setProperty("optionValue", o.value);
            m_group->addButton(b);
            m_buttons << b;
            flow->addWidget(b);
        }
        layout->addLayout(flow, 1);
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
    // As wide as the form allows, never wider: a long option must not push the form sideways.
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(16);
    m_combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    layout->addWidget(m_combo, 1);
    connect(m_combo, &QComboBox::activated, this, &FieldEditor::edited);
}

bool FieldEditor::isCompact() const
{
    switch (m_field.type) {
    case FieldType::Integer:
    case FieldType::Decimal:
    case FieldType::DateTime:
    case FieldType::YesNo:
        return true;
    default:
        return false;
    }
}

void FieldEditor::paintEvent(QPaintEvent*)
{
    // A plain QWidget draws no style-sheet border unless asked to.
    QStyleOption option;
    option.initFrom(this);
    QPainter painter(this);
    style()->drawPrimitive(QStyle::PE_Widget, &option, &painter, this);
}

QString FieldEditor::inputProblem() const
{
    return m_dateTime ? m_dateTime->problem() : QString();
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
    case FieldType::DateTime: {
        // Text that is not a date yet counts as empty; inputProblem() says what is wrong.
        const QDateTime t = m_dateTime->dateTime();
        if (!t.isValid()) {
            return {};
        }
        return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
    }
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
        m_dateTime->setDateTime(QDateTime::fromString(v.toString(), Qt::ISODate));
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
        return m_dateTime->lineEdit();
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
