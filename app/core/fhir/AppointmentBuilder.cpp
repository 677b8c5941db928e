#include "AppointmentBuilder.h"

#include "FhirBundleBuilder.h"
#include "FhirJson.h"

#include <QJsonArray>

namespace wp::fhir {

namespace {

QJsonArray participationType(const QString& code, const QString& display)
{
    return QJsonArray{FhirJson::codeableConcept({FhirJson::coding(
        QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ParticipationType"), code, display)})};
}

QString dateText(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

QString AppointmentBuilder::status(const TheatreChange& change)
{
    return change.postponed() ? QStringLiteral("cancelled") : QStringLiteral("booked");
}

QString AppointmentBuilder::describe(const theatre::ScheduleSession& session)
{
    return tr("%1 (%2, session %3)").arg(dateText(session.date), session.theatre, session.id);
}

QString AppointmentBuilder::comment(const TheatreChange& c)
{
    const theatre::ScheduleCase& k = c.theatreCase;
    const QString before = c.original ? tr("Previously booked on %1.").arg(describe(*c.original))
                                      : tr("Not booked before the downtime (waiting list).");
    QString what;
    if (c.postponed()) {
        what =
            tr("Postponed: to be rebooked by %1 (priority P%2).").arg(dateText(k.deadline())).arg(k.priority);
    } else {
        what =
            tr("New date: %1 at %2.").arg(describe(*c.current), c.start().toString(QStringLiteral("HH:mm")));
    }
    return QStringList{before, what, tr("Reason: %1.").arg(c.reason),
                       tr("Recorded by %1 on laptop %2 during the IT downtime.").arg(c.changedBy, c.device)}
        .join(QLatin1Char(' '));
}

QList<AppointmentBuilder::Entry> AppointmentBuilder::build(const TheatreChange& c) const
{
    const theatre::ScheduleCase& k = c.theatreCase;
    const QString required = QStringLiteral("required");
    const QString accepted = QStringLiteral("accepted");

    QJsonObject patientActor;
    if (!k.patientRecordId.isEmpty()) {
        patientActor = FhirJson::reference(
            FhirBundleBuilder::fullUrl(k.patientRecordId, QStringLiteral("Patient")), k.patientLabel());
    } else {
        // Not registered on this laptop: the schedule's patient reference is the IPP.
        patientActor =
            QJsonObject{{QStringLiteral("type"), QStringLiteral("Patient")},
                        {QStringLiteral("identifier"), QJsonObject{{QStringLiteral("system"), m_ippSystem},
                                                                   {QStringLiteral("value"), k.patientRef}}},
                        {QStringLiteral("display"),
                         tr("Patient IPP %1 (not registered in WhitePlan)").arg(k.patientRef)}};
    }
    QJsonArray participants{
        QJsonObject{{QStringLiteral("actor"), patientActor},
                    {QStringLiteral("required"), required},
                    {QStringLiteral("status"), accepted}},
        QJsonObject{
            {QStringLiteral("type"),
             participationType(QStringLiteral("PPRF"), QStringLiteral("primary performer"))},
            {QStringLiteral("actor"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Practitioner")},
                                                  {QStringLiteral("display"), k.surgeon}}},
            {QStringLiteral("required"), required},
            {QStringLiteral("status"), accepted}}};
    // The theatre of the new booking, or of the cancelled one.
    const auto& room = c.current ? c.current : c.original;
    if (room) {
        participants.append(QJsonObject{
            {QStringLiteral("type"), participationType(QStringLiteral("LOC"), QStringLiteral("location"))},
            {QStringLiteral("actor"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Location")},
                                                  {QStringLiteral("display"), room->theatre}}},
            {QStringLiteral("required"), required},
            {QStringLiteral("status"), accepted}});
    }

    QJsonObject appointment{
        {QStringLiteral("resourceType"), QStringLiteral("Appointment")},
        {QStringLiteral("meta"), FhirJson::downtimeMeta()},
        {QStringLiteral("identifier"),
         QJsonArray{QJsonObject{{QStringLiteral("system"), caseSystem()}, {QStringLiteral("value"), k.id}}}},
        {QStringLiteral("status"), status(c)},
        {QStringLiteral("serviceType"), QJsonArray{FhirJson::codeableConcept({}, tr("Surgical operation"))}},
        {QStringLiteral("specialty"), QJsonArray{FhirJson::codeableConcept({}, k.specialty)}},
        // FHIR: lower is more urgent, 0 undefined; WhitePlan's P1..P4 read the same way.
        {QStringLiteral("priority"), k.priority},
        {QStringLiteral("description"), k.procedure},
        {QStringLiteral("minutesDuration"), k.duration},
        {QStringLiteral("created"), FhirJson::time(c.changedAt)},
        {QStringLiteral("comment"), comment(c)},
        {QStringLiteral("participant"), participants}};
    if (c.postponed()) {
        appointment.insert(QStringLiteral("cancelationReason"), FhirJson::codeableConcept({}, c.reason));
    } else {
        appointment.insert(QStringLiteral("start"), FhirJson::time(c.start()));
        appointment.insert(QStringLiteral("end"), FhirJson::time(c.end()));
    }
    // When the operation may take place: from the earliest date (or listing) to the deadline.
    QJsonObject window{{QStringLiteral("end"), dateText(k.deadline())}};
    const QDate from = k.earliest.value_or(k.listed);
    if (from.isValid() && from <= k.deadline()) {
        window.insert(QStringLiteral("start"), dateText(from));
    }
    appointment.insert(QStringLiteral("requestedPeriod"), QJsonArray{window});

    const QString url =
        FhirBundleBuilder::fullUrl(caseSystem() + QLatin1Char(':') + k.id, QStringLiteral("Appointment"));
    FhirJson::ProvenanceSource source;
    source.occurred = c.changedAt;
    source.recorded = c.changedAt;
    source.update = c.original.has_value();
    source.author = QStringLiteral("%1 (%2)").arg(c.changedBy, c.device);
    source.activityText = tr("Theatre booking changed in WhitePlan during the IT downtime");
    source.entitySystem = caseSystem();
    source.entityValue = k.id;
    return {Entry{k.patientRecordId, appointment, url},
            Entry{k.patientRecordId, FhirJson::provenance({url}, source),
                  FhirBundleBuilder::fullUrl(caseSystem() + QLatin1Char(':') + k.id,
                                             QStringLiteral("Provenance"))}};
}

} // namespace wp::fhir
