#include "PatientPrintData.h"

#include "PageFrame.h"
#include "records/RecordStore.h"
#include "ward/DoseMatching.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace wp::printing {

namespace {

using Keys = std::initializer_list<const char*>;

/// The first non-empty value among `keys`, as text (numbers and booleans too).
QString text(const QJsonObject& o, Keys keys)
{
    for (const char* k : keys) {
        const QJsonValue v = o.value(QLatin1String(k));
        QString s;
        if (v.isString()) {
            s = v.toString().trimmed();
        } else if (v.isDouble()) {
            // Never a group separator: "4,000 IU" reads as four units in France.
            QLocale locale;
            locale.setNumberOptions(QLocale::OmitGroupSeparator);
            s = locale.toString(v.toDouble(), 'g', 10);
        } else if (v.isBool()) {
            s = v.toBool() ? PatientPrintData::tr("yes") : PatientPrintData::tr("no");
        } else if (v.isArray()) {
            QStringList parts;
            for (const QJsonValue& item : v.toArray()) {
                parts << (item.isString() ? item.toString() : QString::number(item.toDouble()));
            }
            s = parts.join(QStringLiteral(", "));
        }
        if (!s.isEmpty()) {
            return s;
        }
    }
    return QString();
}

std::optional<double> number(const QJsonObject& o, Keys keys)
{
    for (const char* k : keys) {
        const QJsonValue v = o.value(QLatin1String(k));
        if (v.isDouble()) {
            return v.toDouble();
        }
        if (v.isString()) {
            bool ok = false;
            const double d = v.toString().trimmed().replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
            if (ok) {
                return d;
            }
        }
    }
    return std::nullopt;
}

std::optional<int> integer(const QJsonObject& o, Keys keys)
{
    if (auto d = number(o, keys)) {
        return static_cast<int>(std::lround(*d));
    }
    return std::nullopt;
}

QDateTime dateTime(const QJsonObject& o, Keys keys)
{
    const QString s = text(o, keys);
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid()) {
        t = QDateTime::fromString(s, Qt::ISODate);
    }
    return t;
}

QString codeStatusLabel(const QString& code)
{
    if (code == QLatin1String("full")) {
        return PatientPrintData::tr("Full resuscitation");
    }
    if (code == QLatin1String("no_cpr")) {
        return PatientPrintData::tr("No CPR");
    }
    if (code == QLatin1String("limited")) {
        return PatientPrintData::tr("Limited treatment");
    }
    if (code == QLatin1String("comfort")) {
        return PatientPrintData::tr("Comfort care only");
    }
    if (code == QLatin1String("not_discussed")) {
        return PatientPrintData::tr("Not discussed");
    }
    return code;
}

QString isolationLabel(const QString& code)
{
    if (code == QLatin1String("none")) {
        return PatientPrintData::tr("None");
    }
    if (code == QLatin1String("contact")) {
        return PatientPrintData::tr("Contact precautions");
    }
    if (code == QLatin1String("droplet")) {
        return PatientPrintData::tr("Droplet precautions");
    }
    if (code == QLatin1String("airborne")) {
        return PatientPrintData::tr("Airborne precautions");
    }
    if (code == QLatin1String("protective")) {
        return PatientPrintData::tr("Protective isolation");
    }
    return code;
}

QString transportLabel(const QString& code)
{
    if (code == QLatin1String("smur")) {
        return PatientPrintData::tr("SMUR (mobile intensive care)");
    }
    if (code == QLatin1String("ambulance")) {
        return PatientPrintData::tr("Ambulance");
    }
    if (code == QLatin1String("helicopter")) {
        return PatientPrintData::tr("Helicopter");
    }
    if (code == QLatin1String("vsl")) {
        return PatientPrintData::tr("Light medical vehicle (VSL)");
    }
    return code;
}

PrintObservation readObservation(const RecordVersion& v)
{
    using namespace clinical;
    const QJsonObject& o = v.data;
    PrintObservation obs;
    obs.takenAt = v.occurredAt;
    obs.respirationRate = integer(o, {"resp_rate", "respiration_rate"});
    obs.spo2 = integer(o, {"spo2"});
    obs.spo2Scale = integer(o, {"spo2_scale"}).value_or(1) == 2 ? 2 : 1;
    obs.oxygen = text(o, {"oxygen", "air_or_oxygen"}).toLower();
    obs.systolic = integer(o, {"systolic_bp", "systolic"});
    obs.diastolic = integer(o, {"diastolic_bp", "diastolic"});
    obs.pulse = integer(o, {"pulse", "heart_rate"});
    obs.consciousness = text(o, {"consciousness", "acvpu"}).toUpper();
    if (auto t = number(o, {"temperature"})) {
        obs.temperature = std::round(*t * 10.0) / 10.0;
    }
    News2Input in;
    in.respirationRate = obs.respirationRate;
    in.spo2 = obs.spo2;
    in.spo2Scale = obs.spo2Scale == 2 ? SpO2Scale::Scale2 : SpO2Scale::Scale1;
    in.oxygen = oxygenSupplyFromCode(obs.oxygen);
    in.systolicBp = obs.systolic;
    in.pulse = obs.pulse;
    in.consciousness = consciousnessFromCode(obs.consciousness);
    in.temperature = obs.temperature;
    obs.news2 = News2::score(in);
    return obs;
}

QString routeLabel(const QString& code)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("oral"), QT_TRANSLATE_NOOP("PatientPrintData", "oral")},
        {QStringLiteral("iv"), QT_TRANSLATE_NOOP("PatientPrintData", "IV")},
        {QStringLiteral("im"), QT_TRANSLATE_NOOP("PatientPrintData", "IM")},
        {QStringLiteral("sc"), QT_TRANSLATE_NOOP("PatientPrintData", "SC")},
        {QStringLiteral("sublingual"), QT_TRANSLATE_NOOP("PatientPrintData", "sublingual")},
        {QStringLiteral("inhaled"), QT_TRANSLATE_NOOP("PatientPrintData", "inhaled")},
        {QStringLiteral("rectal"), QT_TRANSLATE_NOOP("PatientPrintData", "rectal")},
        {QStringLiteral("topical"), QT_TRANSLATE_NOOP("PatientPrintData", "topical")},
        {QStringLiteral("enteral"), QT_TRANSLATE_NOOP("PatientPrintData", "enteral")}};
    const auto it = labels.constFind(code);
    return it == labels.cend() || code == QLatin1String("other") ? code : PatientPrintData::tr(it.value());
}

QString unitLabel(const QString& code)
{
    if (code == QLatin1String("ug")) {
        return QStringLiteral("µg");
    }
    if (code == QLatin1String("iu")) {
        return PatientPrintData::tr("IU");
    }
    if (code == QLatin1String("tablet")) {
        return PatientPrintData::tr("tablet(s)");
    }
    if (code == QLatin1String("drop")) {
        return PatientPrintData::tr("drop(s)");
    }
    if (code == QLatin1String("puff")) {
        return PatientPrintData::tr("puff(s)");
    }
    return code == QLatin1String("other") ? QString() : code;
}

PrintMedication readPrescription(const RecordVersion& v)
{
    const QJsonObject& o = v.data;
    PrintMedication m;
    m.recordId = v.recordId;
    m.drug = text(o, {"drug", "medication", "name"});
    const QString dose = text(o, {"dose"});
    const QString unit = text(o, {"dose_unit", "unit"});
    m.dose = (dose + QLatin1Char(' ') + unitLabel(unit)).trimmed();
    m.route = routeLabel(text(o, {"route"}));
    static const QRegularExpression timePattern(QStringLiteral("\\b(\\d{1,2})[:hH](\\d{2})\\b"));
    const QString times = text(o, {"times", "schedule"});
    auto it = timePattern.globalMatch(times);
    while (it.hasNext()) {
        const auto match = it.next();
        const QTime t(match.captured(1).toInt(), match.captured(2).toInt());
        if (t.isValid()) {
            m.times << t.toString(QStringLiteral("HH:mm"));
        }
    }
    const QString type = text(o, {"schedule_type"});
    m.asNeeded = type == QLatin1String("as_needed") || o.value(QStringLiteral("as_needed")).toBool() ||
                 (type.isEmpty() && m.times.isEmpty());
    m.indication = text(o, {"indication"});
    m.start = dateTime(o, {"start", "start_at"});
    m.end = dateTime(o, {"end", "end_at", "stop"});
    return m;
}

} // namespace

void PatientPrintData::noteTime(const QDateTime& t)
{
    if (t.isValid() && (!newestData.isValid() || t > newestData)) {
        newestData = t;
    }
}

void PatientPrintData::readAdmission(const RecordVersion& v)
{
    const QJsonObject& o = v.data;
    if (const QString r = text(o, {"reason", "admission_reason"}); !r.isEmpty()) {
        reason = r;
    }
    const QString status = text(o, {"allergy_status"});
    const QString list = text(o, {"allergies"});
    if (allergies.isEmpty()) {
        allergies = status == QLatin1String("none") ? QStringLiteral("none") : list;
    }
    if (const QString c = text(o, {"code_status", "resuscitation"}); !c.isEmpty()) {
        codeStatus = codeStatusLabel(c);
        if (const QString d = text(o, {"limitation_details"}); !d.isEmpty()) {
            codeStatus += QStringLiteral(" — ") + d;
        }
    }
    if (const QString i = text(o, {"isolation"}); !i.isEmpty()) {
        isolation = isolationLabel(i);
        if (const QString why = text(o, {"isolation_reason"}); !why.isEmpty() && i != QLatin1String("none")) {
            isolation += QStringLiteral(" (") + why + QLatin1Char(')');
        }
    }
    if (const QString l = text(o, {"lines_drains", "lines_and_drains", "lines", "devices"}); !l.isEmpty()) {
        linesAndDrains = l;
    }
    weight = text(o, {"weight"});
    height = text(o, {"height"});
    currentTreatments = text(o, {"current_treatments", "treatments"});
    plannedSurgery = text(o, {"planned_surgery", "surgery"});
    contacts.clear();
    const auto contact = [&](const QString& what, Keys name, Keys phone) {
        const QString n = text(o, name);
        const QString p = text(o, phone);
        if (!n.isEmpty() || !p.isEmpty()) {
            contacts << QStringLiteral("%1: %2 %3").arg(what, n, p).trimmed();
        }
    };
    contact(tr("Contact"), {"contact_name"}, {"contact_phone"});
    contact(tr("Trusted person"), {"trusted_person"}, {"trusted_person_phone"});
    contact(tr("GP"), {"gp"}, {"gp_phone"});
}

void PatientPrintData::readTransferForm(const RecordVersion& v)
{
    const QJsonObject& o = v.data;
    PrintTransfer t = transfer.value_or(PrintTransfer{});
    t.reason = text(o, {"reason", "transfer_reason"});
    t.destination = text(o, {"destination_hospital", "destination"});
    t.destinationWard = text(o, {"destination_ward"});
    t.samuNumber = text(o, {"samu_regulation_number", "samu_number"});
    t.transport = transportLabel(text(o, {"transport"}));
    t.departure = dateTime(o, {"departure_at", "departure"});
    t.receivingContact = text(o, {"receiving_contact"});
    t.medicalSummary = text(o, {"medical_summary", "summary"});
    t.allergies = text(o, {"allergies"});
    t.treatments = text(o, {"current_treatments", "treatments"});
    const QString organisms = text(o, {"resistant_organisms"});
    const QString organismDetails = text(o, {"resistant_organisms_details"});
    if (organisms == QLatin1String("none")) {
        t.resistantOrganisms = tr("None known");
    } else if (organisms == QLatin1String("carrier")) {
        t.resistantOrganisms = tr("Carrier: %1").arg(organismDetails);
    } else if (organisms == QLatin1String("unknown")) {
        t.resistantOrganisms = tr("Unknown (not screened)");
    } else {
        t.resistantOrganisms = QStringList{organisms, organismDetails}.join(QLatin1Char(' ')).trimmed();
    }
    t.devices = text(o, {"devices_implants", "devices"});
    const QString blood = text(o, {"blood_products"});
    const QString bloodDetails = text(o, {"blood_products_details"});
    t.bloodProducts = bloodDetails.isEmpty() ? blood : blood + QStringLiteral(": ") + bloodDetails;
    t.contacts = text(o, {"contacts"});
    transfer = t;
}

void PatientPrintData::readMovement(const RecordVersion& v)
{
    const QJsonObject& o = v.data;
    const QString type = text(o, {"type"});
    if (type == QLatin1String("admit") && reason.isEmpty()) {
        reason = text(o, {"reason"});
    }
    if (type == QLatin1String("transfer")) {
        // The movement written when the patient left: fills what the form did not say.
        PrintTransfer t = transfer.value_or(PrintTransfer{});
        t.done = true;
        if (t.destination.isEmpty()) {
            t.destination = text(o, {"destination"});
        }
        if (t.samuNumber.isEmpty()) {
            t.samuNumber = text(o, {"samu_number", "samu_regulation_number"});
        }
        if (t.transport.isEmpty()) {
            t.transport = transportLabel(text(o, {"transport"}));
        }
        if (t.reason.isEmpty()) {
            t.reason = text(o, {"reason"});
        }
        if (!t.departure.isValid()) {
            t.departure = v.occurredAt;
        }
        transfer = t;
    }
}

Result<PatientPrintData> PatientPrintData::load(Workspace& ws, const Patient& p)
{
    PatientPrintData d;
    d.patient = p;
    d.reason = p.reason;
    d.allergies = p.allergies;
    d.noteTime(p.admittedAt);
    RecordStore records(ws);
    const auto kinds = {QStringLiteral("admission"),    QStringLiteral("observation"),
                        QStringLiteral("prescription"), QStringLiteral("transfer"),
                        QStringLiteral("movement"),     QStringLiteral("task"),
                        QStringLiteral("nursing_note"), QStringLiteral("medication_administration"),
                        QStringLiteral("fluid_balance")};
    for (const QString& kind : kinds) {
        auto versions = records.latestForPatient(p.id, kind);
        if (!versions) {
            return versions.error();
        }
        for (const RecordVersion& v : *versions) {
            d.noteTime(v.occurredAt);
            if (kind == QLatin1String("admission")) {
                d.readAdmission(v);
            } else if (kind == QLatin1String("observation")) {
                d.observations << readObservation(v);
            } else if (kind == QLatin1String("prescription")) {
                PrintMedication m = readPrescription(v);
                const QDateTime now = ws.clock().now();
                const bool stopped =
                    v.data.value(QStringLiteral("stopped")).toBool() || (m.end.isValid() && m.end < now);
                if (!m.drug.isEmpty() && !stopped) {
                    d.medications << m;
                }
            } else if (kind == QLatin1String("medication_administration")) {
                PrintAdministration a;
                a.prescriptionLine = text(v.data, {"prescription_line", "drug"});
                a.scheduledFor = dateTime(v.data, {"scheduled_for"});
                a.status = text(v.data, {"status"});
                a.at = dateTime(v.data, {"administered_at"});
                if (!a.at.isValid()) {
                    a.at = v.occurredAt;
                }
                d.administrations << a;
            } else if (kind == QLatin1String("transfer")) {
                d.readTransferForm(v);
            } else if (kind == QLatin1String("movement")) {
                d.readMovement(v);
            } else if (kind == QLatin1String("task")) {
                const QString status = text(v.data, {"status"});
                if (v.data.value(QStringLiteral("done")).toBool() || status == QLatin1String("done")) {
                    continue;
                }
                PrintAction a;
                a.text = text(v.data, {"text", "action", "task", "description"});
                a.owner = text(v.data, {"owner", "assigned_to"});
                a.due = dateTime(v.data, {"due", "due_at"});
                if (!a.text.isEmpty()) {
                    d.actions << a;
                }
            }
        }
    }
    if (d.allergies.isEmpty() && d.transfer && !d.transfer->allergies.isEmpty()) {
        d.allergies = d.transfer->allergies;
    }
    if (auto st = d.readHospitalRecord(ws); !st) {
        return st.error();
    }
    return d;
}

Status PatientPrintData::readHospitalRecord(Workspace& ws)
{
    RecordStore records(ws);
    // The kinds FhirImporter writes (see fhirimport/FhirSnapshot.h), for the snapshot's date.
    const auto kinds = {QStringLiteral("hospital_medication"), QStringLiteral("hospital_allergy"),
                        QStringLiteral("hospital_problem"),    QStringLiteral("hospital_result"),
                        QStringLiteral("hospital_alert"),      QStringLiteral("hospital_code_status"),
                        QStringLiteral("hospital_procedure"),  QStringLiteral("hospital_immunization"),
                        QStringLiteral("hospital_vital_signs")};
    QSet<QString> confirmedLines;
    for (const QString& kind : kinds) {
        auto versions = records.latestForPatient(patient.id, kind);
        if (!versions) {
            return versions.error();
        }
        for (const RecordVersion& v : *versions) {
            const QDateTime snapshot = QDateTime::fromString(v.data.value(QStringLiteral("provenance"))
                                                                 .toObject()
                                                                 .value(QStringLiteral("snapshotAt"))
                                                                 .toString(),
                                                             Qt::ISODate);
            if (snapshot.isValid() && (!hospitalSnapshotAt.isValid() || snapshot < hospitalSnapshotAt)) {
                hospitalSnapshotAt = snapshot;
            }
            if (kind != QLatin1String("hospital_medication")) {
                continue;
            }
            const QString status = text(v.data, {"status"});
            if (status != QLatin1String("active") && status != QLatin1String("on-hold") &&
                !status.isEmpty()) {
                continue; // stopped at the hospital: not a current treatment
            }
            if (text(v.data, {"confirmation"}) == QLatin1String("confirmed")) {
                // Its prescription line (listed above unless stopped) stands for it.
                confirmedLines.insert(text(v.data, {"prescriptionLine"}));
                continue;
            }
            PrintMedication m;
            m.recordId = v.recordId;
            m.drug = text(v.data, {"drug"});
            m.dose = text(v.data, {"dose"});
            m.route = text(v.data, {"route"});
            const QString frequency = QStringList{text(v.data, {"frequency"}), text(v.data, {"dosageText"})}
                                          .join(QLatin1Char(' '))
                                          .trimmed();
            if (!frequency.isEmpty()) {
                m.times << frequency;
            }
            m.fromHospitalRecord = true;
            m.confirmed = false;
            if (!m.drug.isEmpty()) {
                medications << m;
            }
        }
    }
    for (PrintMedication& m : medications) {
        if (confirmedLines.contains(m.recordId)) {
            m.fromHospitalRecord = true;
        }
    }
    return {};
}

const PrintObservation* PatientPrintData::latestObservation() const
{
    return observations.isEmpty() ? nullptr : &observations.last();
}

const PrintObservation* PatientPrintData::previousObservation() const
{
    return observations.size() < 2 ? nullptr : &observations[observations.size() - 2];
}

QString PatientPrintData::severity() const
{
    const PrintObservation* o = latestObservation();
    if (!o || !o->news2.complete()) {
        return tr("unknown");
    }
    switch (o->news2.risk) {
    case clinical::News2Risk::High:
        return tr("UNSTABLE");
    case clinical::News2Risk::Medium:
    case clinical::News2Risk::LowMedium:
        return tr("watcher");
    case clinical::News2Risk::Low:
        return tr("stable");
    case clinical::News2Risk::Incomplete:
        break;
    }
    return tr("unknown");
}

QString PatientPrintData::trend() const
{
    const PrintObservation* last = latestObservation();
    const PrintObservation* before = previousObservation();
    if (!last || !before || !last->news2.total || !before->news2.total) {
        return QString();
    }
    if (*last->news2.total > *before->news2.total) {
        return QStringLiteral("↑");
    }
    if (*last->news2.total < *before->news2.total) {
        return QStringLiteral("↓");
    }
    return QStringLiteral("→");
}

QDateTime PatientPrintData::observationsDue(const QDateTime& now) const
{
    const PrintObservation* o = latestObservation();
    if (!o) {
        return now;
    }
    auto due = clinical::News2::nextDue(o->takenAt, o->news2);
    return due ? *due : now;
}

QString PatientPrintData::administrationText(const PrintAdministration& a)
{
    const QString time = a.at.isValid() ? a.at.toLocalTime().toString(QStringLiteral("HH:mm")) : QString();
    if (a.status == QLatin1String("given")) {
        return tr(" — given %1").arg(time);
    }
    if (a.status == QLatin1String("held")) {
        return tr(" — held %1").arg(time);
    }
    if (a.status == QLatin1String("refused")) {
        return tr(" — refused %1").arg(time);
    }
    return QStringLiteral(" — ") + a.status;
}

QStringList PatientPrintData::medicationsDue(const QDateTime& from, const QDateTime& to) const
{
    QList<std::pair<QDateTime, QString>> due;
    const QDate firstDay = from.toLocalTime().date();
    for (const PrintMedication& m : medications) {
        // Every dose around the shift, so that an administration counts for its nearest dose
        // even when that dose falls just outside the shift.
        QList<QDateTime> doses;
        for (int day = -1; day <= 2; ++day) {
            for (const QString& time : m.times) {
                const QDateTime at(firstDay.addDays(day), QTime::fromString(time, QStringLiteral("HH:mm")));
                if ((!m.start.isValid() || at >= m.start) && (!m.end.isValid() || at <= m.end)) {
                    doses << at;
                }
            }
        }
        QMultiHash<QDateTime, const PrintAdministration*> recorded;
        for (const PrintAdministration& a : administrations) {
            // Records name the line by its id; older or imported ones by the drug's name.
            const bool names = a.prescriptionLine == m.recordId ||
                               (!a.prescriptionLine.isEmpty() && !m.drug.isEmpty() &&
                                (a.prescriptionLine.contains(m.drug, Qt::CaseInsensitive) ||
                                 m.drug.contains(a.prescriptionLine, Qt::CaseInsensitive)));
            if (!names) {
                continue;
            }
            const QDateTime dose =
                DoseMatching::nearestDose(doses, DoseMatching::referenceTime(a.scheduledFor, a.at));
            if (dose.isValid()) {
                recorded.insert(dose, &a);
            }
        }
        for (const QDateTime& at : doses) {
            if (at < from || at >= to) {
                continue;
            }
            QString line = QStringLiteral("%1 %2 %3 %4")
                               .arg(at.toString(QStringLiteral("HH:mm")), m.drug, m.dose, m.route)
                               .simplified();
            // A dose already charted says so, so it is not given twice.
            const auto given = recorded.values(at);
            for (auto it = given.crbegin(); it != given.crend(); ++it) {
                line += administrationText(**it);
            }
            due.append({at, line});
        }
    }
    std::stable_sort(due.begin(), due.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QStringList lines;
    for (const auto& [at, line] : due) {
        lines << line;
    }
    return lines;
}

QString PatientPrintData::allergyText() const
{
    if (allergies.isEmpty()) {
        return tr("NOT RECORDED — ask");
    }
    if (allergies.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        return tr("No known allergy");
    }
    return allergies;
}

QString PatientPrintData::identityLine(const QDate& today) const
{
    QStringList parts;
    parts << patient.displayName();
    parts << tr("born %1 (%2 y)")
                 .arg(QLocale().toString(patient.birthDate, QStringLiteral("dd/MM/yyyy")))
                 .arg(patient.ageOn(today));
    parts << patient.sex;
    parts << tr("No. %1").arg(patient.downtimeNumber);
    if (!patient.ipp.isEmpty()) {
        parts << tr("IPP %1").arg(patient.ipp);
    }
    if (!patient.wardCode.isEmpty() && patient.status == QLatin1String("admitted")) {
        parts << tr("%1 bed %2").arg(patient.wardCode, patient.bedLabel);
    }
    return parts.join(QStringLiteral("  ·  "));
}

QString PatientPrintData::vitalsText(const PrintObservation& o)
{
    const auto value = [](const std::optional<int>& v) {
        return v ? QString::number(*v) : QStringLiteral("?");
    };
    QStringList parts;
    parts << tr("RR %1").arg(value(o.respirationRate));
    QString spo2 = tr("SpO₂ %1 %").arg(value(o.spo2));
    if (o.spo2Scale == 2) {
        spo2 += tr(" (scale 2)");
    }
    parts << spo2;
    parts << (o.oxygen == QLatin1String("oxygen") ? tr("O₂")
              : o.oxygen.isEmpty()                ? tr("air/O₂ ?")
                                                  : tr("air"));
    parts << tr("BP %1/%2").arg(value(o.systolic), value(o.diastolic));
    parts << tr("P %1").arg(value(o.pulse));
    parts << (o.consciousness.isEmpty() ? QStringLiteral("ACVPU ?") : o.consciousness);
    parts << (o.temperature ? QStringLiteral("%1 °C").arg(QLocale().toString(*o.temperature, 'f', 1))
                            : tr("T ?"));
    return parts.join(QStringLiteral(" · "));
}

QString PatientPrintData::riskText(const clinical::News2Result& r)
{
    return clinical::label(r.risk);
}

} // namespace wp::printing
