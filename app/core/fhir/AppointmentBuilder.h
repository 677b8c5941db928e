#pragma once

#include "FhirBundle.h"
#include "TheatreChange.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace wp::fhir {

/// Turns an operation moved, booked or postponed during the downtime into an R4
/// Appointment (booked with its new start and end, or cancelled with the reason) and
/// the Provenance saying when it was recorded. The patient participant refers to the
/// bundle's Patient when the case is linked to a registered patient, else gives the
/// schedule's patient reference as an IPP identifier, so the clerk can still find them.
class AppointmentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentBuilder)

public:
    explicit AppointmentBuilder(QString ippSystem = systems::defaultIpp()) : m_ippSystem(std::move(ippSystem))
    {}

    struct Entry
    {
        QString patientId; ///< registered patient, empty when the case is not linked to one
        QJsonObject resource;
        QString fullUrl;
    };
    /// The Appointment first, then its Provenance.
    QList<Entry> build(const TheatreChange& change) const;

    /// Identifier system of WhitePlan's theatre case ids (the schedule's case_id).
    static QString caseSystem() { return QStringLiteral("urn:whiteplan:theatre-case"); }
    /// "booked" or "cancelled".
    static QString status(const TheatreChange& change);
    /// What happened, in words: previous booking, new one or postponement, reason, deadline.
    static QString comment(const TheatreChange& change);
    /// "date (theatre, session id)" of a session, for comments and the CSV.
    static QString describe(const theatre::ScheduleSession& session);

private:
    QString m_ippSystem;
};

} // namespace wp::fhir
