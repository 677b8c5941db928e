#pragma once

#include "clinical/forms/FormDefinition.h"
#include "clinical/forms/FormValidation.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QWidget>

class QDateTimeEdit;
class QLabel;
class QScrollArea;
class QTabWidget;

namespace wp {
class Clock;
class FormEntryService;
} // namespace wp

namespace wp::gui {

class FieldEditor;

/// A form definition rendered as widgets: one tab per section, one editor per field,
/// each with its validation message wrapped under it (errors red, warnings amber) and the
/// field framed in the same colour (property `fieldState`, also in its accessible description), computed
/// fields (NEWS2 with its colour, BMI, fluid balance) updated as the nurse types, and
/// fields shown or hidden by their visible_if condition. Keyboard-first: the first field
/// has the focus, Tab follows the form, Ctrl+PgDown/PgUp change section, Ctrl+S asks to save.
class FormWidget : public QWidget
{
    Q_OBJECT

public:
    /// `service` gives the live validation (it knows cross-form rules such as the SpO2
    /// scale); `language` picks the labels ("fr", "en", empty = current locale).
    FormWidget(const clinical::FormDefinition& form, FormEntryService& service, QString patientId,
               Clock& clock, const QString& language = {}, QWidget* parent = nullptr);

    const clinical::FormDefinition& form() const { return m_form; }
    /// Values as typed, field id -> JSON value (empty fields left out).
    QJsonObject values() const;
    /// Fills the editors (an entry being amended, or defaults such as a prescription line).
    void setValues(const QJsonObject& values);
    /// Clears every field and resets "taken at" to now.
    void clear();

    QDateTime takenAt() const;
    void setTakenAt(const QDateTime& t);
    /// A field the caller fills in and the nurse must not change (the prescription line of a dose).
    void setFieldReadOnly(const QString& fieldId, bool readOnly = true);

    /// Validates now and shows every message, including "required" on untouched fields.
    /// True when the entry may be saved (warnings allowed).
    bool checkBeforeSave();
    const clinical::FormValidation& validation() const { return m_validation; }
    /// The message shown beside a field ("" when none), for tests and accessibility.
    QString messageFor(const QString& fieldId) const;
    /// The text of a computed field as displayed (NEWS2: "7 — High risk").
    QString computedText(const QString& fieldId) const;
    QWidget* editorFor(const QString& fieldId) const;
    int currentSection() const;
    void setCurrentSection(int index);
    /// Puts the focus on the first visible field of the current section.
    void focusFirstField();

signals:
    void changed();
    /// Ctrl+S: the panel around decides what saving means (new entry or amendment).
    void saveRequested();

private:
    /// The grid of one section's fields, to be put in a tab or a group box.
    QWidget* buildSection(const clinical::FormSection& section);
    void refresh();
    void showMessages();
    void updateComputed();
    void moveSection(int delta);
    /// The first shown field with an error (in form order), "" when none.
    QString firstErrorField() const;

    const clinical::FormDefinition& m_form;
    FormEntryService& m_service;
    QString m_patientId;
    Clock& m_clock;
    QString m_language;
    QTabWidget* m_tabs = nullptr;    // long forms: one tab per section
    QScrollArea* m_scroll = nullptr; // short forms: every section visible, as group boxes
    QList<QWidget*> m_sectionPages;
    int m_currentSection = 0;
    QDateTimeEdit* m_takenAt = nullptr;
    QLabel* m_takenAtMessage = nullptr;
    QLabel* m_formMessage = nullptr;
    QHash<QString, FieldEditor*> m_editors;
    QHash<QString, QLabel*> m_messages;
    QHash<QString, QLabel*> m_labels;
    QHash<QString, QLabel*> m_computed;
    QSet<QString> m_touched;
    bool m_showAll = false;
    bool m_loading = false;
    clinical::FormValidation m_validation;
};

} // namespace wp::gui
