#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace wp::orders {

/// The answer to an alert: who, when, what was done.
struct AlertAcknowledgement
{
    QString recordId;
    QDateTime at;
    QString by; ///< login
    QString action;
    QString response; ///< NEWS2: `doctor-informed`, `review`, `emergency-team`, `monitoring`; else empty
    int reviewMinutes = 0;
};

/// Something that must be answered: a critical result, or a NEWS2 score that calls for a
/// clinical response. Alerts are derived from the records that raise them (a result, an
/// observation), so every laptop that holds the record shows the alert, and none can lose
/// it; only an acknowledgement record closes one.
struct Alert
{
    enum class Kind { CriticalResult, News2 };
    QString id; ///< "A-" and 8 hex digits, stable on every laptop (from the source record's id)
    Kind kind = Kind::CriticalResult;
    QString sourceRecordId;
    QString patientId;
    QDateTime raisedAt;
    QString summary; ///< "Potassium 6.8 mmol/L (HH)", "NEWS2 7: emergency response"
    /// NEWS2: `emergency` (7 or more), `urgent` (5-6), `urgent-ward` (a 3 in one parameter).
    QString level;
    std::optional<AlertAcknowledgement> acknowledgement;

    bool isOpen() const { return !acknowledgement.has_value(); }
};

/// Codes `critical-result`, `news2`.
QString code(Alert::Kind k);

} // namespace wp::orders
