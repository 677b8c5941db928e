#pragma once

#include <QDateTime>
#include <QString>

namespace wp::exchange {

/// Something the merge of several laptops' records decided automatically and that a
/// human must confirm: two admissions of one patient, a bed claimed twice, two
/// identity versions written independently, a likely duplicate patient…
struct ExchangeConflict
{
    QString id;   // stable: the same conflict has the same id on every laptop
    QString kind; // double_admission, bed_clash, identity_fork, record_fork, movement_rejected, number_clash,
                  // ipp_clash, duplicate_patient
    QString patientId;
    QString otherId;    // the other patient or record involved, if any
    QString detail;     // what was decided, in words
    QString resolution; // empty while unconfirmed; confirmed, merged (duplicates) or distinct
    QString resolvedBy;
    QDateTime resolvedAt;
};

} // namespace wp::exchange
