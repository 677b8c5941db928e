#pragma once

#include "clinical/forms/FormDefinition.h"
#include "records/RecordVersion.h"

#include <QTextBrowser>

namespace wp {
class Workspace;
}

namespace wp::gui {

/// Every version of a form entry, oldest first: who recorded it, when, from which laptop,
/// when it was taken, and why it was amended or marked "entered in error". Values that a
/// later version replaced are struck through, as a correction on paper leaves the old
/// value readable.
class EntryHistoryView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit EntryHistoryView(Workspace& ws, QWidget* parent = nullptr);

    /// Loads the versions of `recordId`; an error is shown in the view itself.
    void showRecord(const QString& recordId, const clinical::FormDefinition& form,
                    const QString& language = {});
    /// The HTML as generated (QTextBrowser rewrites what it is given).
    QString sourceHtml() const { return m_html; }

    static QString historyHtml(const QList<RecordVersion>& versions, const clinical::FormDefinition& form,
                               const QString& language = {});

private:
    Workspace& m_ws;
    QString m_html;
};

} // namespace wp::gui
