#include "HospitalRecordView.h"

#include "fhirimport/HospitalRecordService.h"

namespace wp::gui {

HospitalRecordView::HospitalRecordView(Workspace& ws, QString patientId, QWidget* parent)
    : QTextBrowser(parent), m_ws(ws), m_patientId(std::move(patientId))
{
    setObjectName(QStringLiteral("hospitalRecordView"));
    refreshRecord();
}

bool HospitalRecordView::refreshRecord()
{
    fhirimport::HospitalRecordService service(m_ws);
    auto groups = service.groups(m_patientId);
    if (!groups) {
        setPlainText(groups.error().message);
        return false;
    }
    QString html;
    for (const auto& group : *groups) {
        html += QStringLiteral("<h3>%1 — %2</h3><ul>")
                    .arg(fhirimport::HospitalRecordService::title(group.kind).toHtmlEscaped(),
                         service.asOfHeading(group.snapshotAt).toHtmlEscaped());
        for (const auto& record : group.records) {
            html +=
                QStringLiteral("<li>%1</li>")
                    .arg(
                        fhirimport::HospitalRecordService::describe(group.kind, record.data).toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    setHtml(html);
    return !groups->isEmpty();
}

} // namespace wp::gui
