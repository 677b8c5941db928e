#pragma once

#include "entries/FormEntry.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPushButton;

namespace wp {
class Workspace;
class FormEntryService;
namespace clinical {
class FormRegistry;
}
} // namespace wp

namespace wp::gui {

class EntryHistoryView;
class FormWidget;

/// One form for one patient: a new entry and Save, or an existing entry that is amended
/// (with a reason) or marked "entered in error" (with a reason), and its history. Every
/// outcome, good or bad, is said in the message line under the form, never in a popup.
class FormEntryPanel : public QWidget
{
    Q_OBJECT

public:
    FormEntryPanel(Workspace& ws, FormEntryService& entries, const clinical::FormRegistry& forms,
                   const QString& formId, const QString& patientId, const QString& language = {},
                   QWidget* parent = nullptr);

    /// Nullptr when the form does not exist (the message line says so).
    FormWidget* form() const { return m_form; }
    EntryHistoryView* history() const { return m_history; }
    QString recordId() const { return m_recordId; }
    QString message() const;

    /// Values put in every new entry (the prescription line of a dose, for instance).
    void setDefaults(const QJsonObject& defaults) { m_defaults = defaults; }

public slots:
    void newEntry();
    /// Shows a saved entry, ready to be amended.
    void loadEntry(const QString& recordId);
    /// Saves a new entry, or asks for a reason and amends the loaded one. False when nothing was written.
    bool save();
    /// Asks for a reason and marks the loaded entry as entered in error.
    bool markEnteredInError();
    void showHistory(bool visible = true);

signals:
    /// After any write (new, amended, entered in error): lists and boards refresh.
    void saved(const wp::FormEntry& entry);

private:
    void setMessage(const QString& text, bool error);
    void updateButtons();

    Workspace& m_ws;
    FormEntryService& m_entries;
    QString m_formId;
    QString m_patientId;
    QString m_language;
    QJsonObject m_defaults;
    QString m_recordId;
    bool m_withdrawn = false; // the loaded entry was marked entered in error: read only
    FormWidget* m_form = nullptr;
    QLabel* m_mode = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_error = nullptr;
    QPushButton* m_historyButton = nullptr;
    EntryHistoryView* m_history = nullptr;
};

} // namespace wp::gui
