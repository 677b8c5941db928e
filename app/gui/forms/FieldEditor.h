#pragma once

#include "clinical/forms/FieldDefinition.h"

#include <QJsonValue>
#include <QList>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace wp {
class Clock;
}

namespace wp::gui {

class DateEdit;

/// The editor of one form field, whatever its type: a line for text and numbers (so an
/// empty or out-of-range value can be typed and explained rather than silently clamped),
/// several lines, a date-time editor (DateEdit) with "now", radio buttons or a list for a choice,
/// check boxes for a multiple choice, yes/no buttons. Values are the JSON values that
/// FormValidator expects.
class FieldEditor : public QWidget
{
    Q_OBJECT

public:
    FieldEditor(const clinical::FieldDefinition& field, const QString& language, Clock& clock,
                QWidget* parent = nullptr);

    const clinical::FieldDefinition& field() const { return m_field; }
    /// Null (undefined) when nothing is filled in.
    QJsonValue value() const;
    void setValue(const QJsonValue& value);
    void clear();
    void setReadOnly(bool readOnly);
    /// The widget that takes the keyboard focus first (and receives typed keys in tests).
    QWidget* inputWidget() const;
    /// Focusable widgets in tab order.
    QList<QWidget*> focusChain() const;
    /// What is typed but cannot be a value yet (a date that is not one), "" otherwise.
    QString inputProblem() const;
    /// A number, a date or yes/no: as wide as its content, not as the form.
    bool isCompact() const;

    /// Text shown for a value in lists and history ("Air", "37.5 °C", "Yes").
    static QString displayText(const clinical::FieldDefinition& field, const QJsonValue& value,
                               const QString& language = {});

signals:
    void edited();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void buildChoice(bool asRadios);

    const clinical::FieldDefinition& m_field;
    QString m_language;
    Clock& m_clock;
    QLineEdit* m_line = nullptr;
    QPlainTextEdit* m_text = nullptr;
    DateEdit* m_dateTime = nullptr;
    QComboBox* m_combo = nullptr;
    QButtonGroup* m_group = nullptr;
    QList<QAbstractButton*> m_buttons;
    QList<QCheckBox*> m_checks;
    QWidget* m_extraFocus = nullptr;
};

} // namespace wp::gui
