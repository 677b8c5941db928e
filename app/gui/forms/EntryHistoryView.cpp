#include "EntryHistoryView.h"

#include "FieldEditor.h"
#include "records/RecordStore.h"

namespace wp::gui {

namespace {

QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

} // namespace

EntryHistoryView::EntryHistoryView(Workspace& ws, QWidget* parent) : QTextBrowser(parent), m_ws(ws)
{
    setObjectName(QStringLiteral("entryHistory"));
    setOpenLinks(false);
}

void EntryHistoryView::showRecord(const QString& recordId, const clinical::FormDefinition& form,
                                  const QString& language)
{
    auto versions = RecordStore(m_ws).history(recordId);
    if (!versions) {
        m_html =
            QStringLiteral("<p style='color:#c62828'>%1</p>").arg(versions.errorMessage().toHtmlEscaped());
    } else {
        m_html = historyHtml(*versions, form, language);
    }
    setHtml(m_html);
}

QString EntryHistoryView::historyHtml(const QList<RecordVersion>& versions,
                                      const clinical::FormDefinition& form, const QString& language)
{
    QString html = QStringLiteral("<h3>%1</h3>")
                       .arg(tr("History of this %1 entry").arg(form.title.text(language)).toHtmlEscaped());
    for (qsizetype i = versions.size() - 1; i >= 0; --i) {
        const RecordVersion& v = versions[i];
        const bool latest = i == versions.size() - 1;
        const RecordVersion* newer = latest ? nullptr : &versions[i + 1];
        QString header = tr("Version %1 — recorded %2 by %3 on %4")
                             .arg(v.version)
                             .arg(timeText(v.createdAt), v.createdBy, v.device);
        if (v.occurredAt.isValid() && v.occurredAt != v.createdAt) {
            header += QStringLiteral("; ") + tr("taken at %1").arg(timeText(v.occurredAt));
        }
        html += QStringLiteral("<p><b>%1</b>").arg(header.toHtmlEscaped());
        if (latest) {
            html += QStringLiteral(" <i>(%1)</i>").arg(tr("current").toHtmlEscaped());
        }
        if (v.enteredInError) {
            html += QStringLiteral("<br><span style='color:#c62828; font-weight:bold'>%1</span>")
                        .arg(tr("Entered in error: %1").arg(v.reason).toHtmlEscaped());
        } else if (v.version > 1) {
            html += QStringLiteral("<br><span style='color:#b26a00'>%1</span>")
                        .arg(tr("Amended: %1").arg(v.reason).toHtmlEscaped());
        }
        html += QStringLiteral("</p><table cellspacing='0' cellpadding='2'>");
        for (const auto* field : form.fields()) {
            if (field->type == clinical::FieldType::Computed) {
                continue;
            }
            const QJsonValue value = v.data.value(field->id);
            const QString text = FieldEditor::displayText(*field, value, language);
            const bool replaced = newer && !newer->enteredInError && newer->data.value(field->id) != value;
            if (text.isEmpty() && !replaced) {
                continue;
            }
            QString shown = text.isEmpty() ? QStringLiteral("—") : text.toHtmlEscaped();
            // Struck through: replaced by the next version, or the whole entry withdrawn.
            if (replaced || v.enteredInError) {
                shown = QStringLiteral("<s>%1</s>").arg(shown);
            }
            const bool changedHere =
                i > 0 && !v.enteredInError && versions[i - 1].data.value(field->id) != value;
            if (changedHere) {
                shown = QStringLiteral("<b>%1</b>").arg(shown);
            }
            html += QStringLiteral("<tr><td style='color:#555'>%1</td><td>%2</td></tr>")
                        .arg(field->label.text(language).toHtmlEscaped(), shown);
        }
        html += QStringLiteral("</table><hr>");
    }
    return html;
}

} // namespace wp::gui
