#pragma once

#include <QTextBrowser>

namespace wp {
class Workspace;
}

namespace wp::gui {

/// The patient's imported hospital record, read only: one group per kind, each headed with
/// the snapshot time and its age ("Hospital record as of 03/12 06:00 (3 days old)").
class HospitalRecordView : public QTextBrowser
{
    Q_OBJECT

public:
    HospitalRecordView(Workspace& ws, QString patientId, QWidget* parent = nullptr);

    /// Re-reads the record; false when the patient has none.
    bool refreshRecord();

private:
    Workspace& m_ws;
    QString m_patientId;
};

} // namespace wp::gui
