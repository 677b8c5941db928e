#include "DemoHospital.h"

#include "DemoOrders.h"
#include "formulary/FormularyStore.h"

#include "Transaction.h"
#include "patients/PatientService.h"
#include "records/RecordStore.h"
#include "site/SiteService.h"
#include "theatreplan/TheatreService.h"
#include "users/UserService.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>

#include <array>
#include <cstdint>

namespace wp {

namespace {

/// splitmix64: tiny and identical on every platform, unlike std:: distributions.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int between(int lo, int hi)
    {
        return lo + static_cast<int>(next() % static_cast<std::uint64_t>(hi - lo + 1));
    }
    bool chance(int percent) { return between(1, 100) <= percent; }
    template<typename T, std::size_t N> const T& pick(const std::array<T, N>& items)
    {
        return items[next() % N];
    }

private:
    std::uint64_t m_state;
};

struct DemoUser
{
    const char* login;
    const char* name;
    Role role;
    const char* password;
};

const std::array<DemoUser, 6> demoUsers{{
    {"admin", "Alain Administrateur", Role::Administrator, "demo-admin"},
    {"claire", "Claire Infirmière", Role::Nurse, "demo-nurse"},
    {"karim", "Karim Infirmier", Role::Nurse, "demo-nurse"},
    {"dr.martin", "Dr Sophie Martin", Role::Doctor, "demo-doctor"},
    {"bloc", "Bernard Cadre de bloc", Role::TheatreManager, "demo-theatre"},
    {"labo", "Laure Technicienne de laboratoire", Role::Laboratory, "demo-lab"},
}};

const std::array<const char*, 24> surnames{"Martin",  "Bernard",  "Dubois", "Thomas", "Robert",   "Richard",
                                           "Petit",   "Durand",   "Leroy",  "Moreau", "Simon",    "Laurent",
                                           "Lefèvre", "Michel",   "García", "David",  "Bertrand", "Roux",
                                           "Vincent", "Fournier", "Morel",  "Girard", "André",    "Mercier"};
const std::array<const char*, 12> femaleNames{"Jeanne",  "Marie", "Élise",    "Louise",
                                              "Camille", "Chloé", "Nathalie", "Françoise",
                                              "Inès",    "Léa",   "Monique",  "Sylvie"};
const std::array<const char*, 12> maleNames{"Jean",   "Pierre",   "Michel", "André",   "Luc",  "Hugo",
                                            "Mathéo", "François", "Karim",  "Bernard", "Noël", "Yves"};
const std::array<const char*, 10> medicalReasons{"Pneumopathie hypoxémiante", "Décompensation cardiaque",
                                                 "Sepsis urinaire",           "AVC ischémique, surveillance",
                                                 "Exacerbation de BPCO",      "Chute, bilan",
                                                 "Diabète déséquilibré",      "Insuffisance rénale aiguë",
                                                 "Embolie pulmonaire",        "Confusion fébrile"};
const std::array<const char*, 8> surgicalReasons{"Cholécystectomie J1", "Appendicectomie J2",
                                                 "Occlusion sur bride", "Hernie inguinale étranglée",
                                                 "Colectomie J3",       "Fracture col fémur, attente bloc",
                                                 "Pancréatite aiguë",   "Sigmoïdite"};
const std::array<const char*, 6> allergyTexts{"none", "none", "none", "Pénicilline (urticaire)",
                                              "Iode", "Latex"};
const std::array<const char*, 5> noteTargets{"Douleur", "Mobilisation", "Alimentation", "Anxiété",
                                             "Pansement"};

QJsonObject observation(DemoRandom& rng, int severity)
{
    // severity 0 stable, 1 watcher, 2 unstable: shifts the vital signs towards NEWS2 trouble.
    QJsonObject o;
    o.insert(QStringLiteral("resp_rate"), rng.between(13, 18) + severity * rng.between(2, 5));
    o.insert(QStringLiteral("spo2"), rng.between(95, 99) - severity * rng.between(1, 3));
    o.insert(QStringLiteral("spo2_scale"), 1);
    o.insert(QStringLiteral("oxygen"), severity == 2 ? QStringLiteral("oxygen") : QStringLiteral("air"));
    const int systolic = rng.between(112, 145) - severity * rng.between(5, 12);
    o.insert(QStringLiteral("systolic_bp"), systolic);
    o.insert(QStringLiteral("diastolic_bp"), systolic - rng.between(40, 60));
    o.insert(QStringLiteral("pulse"), rng.between(62, 88) + severity * rng.between(8, 18));
    o.insert(QStringLiteral("consciousness"),
             severity == 2 && rng.chance(30) ? QStringLiteral("C") : QStringLiteral("A"));
    o.insert(QStringLiteral("temperature"), (365 + rng.between(0, 12) + severity * rng.between(3, 9)) / 10.0);
    return o;
}

Status writeTheatreSchedule(Workspace& ws, DemoRandom& rng, const QStringList& inpatientIpps)
{
    const QString dir = QDir(ws.dataDirectory()).filePath(QStringLiteral("demo"));
    QDir().mkpath(dir);
    // Patient names are in these files: the folder is the owner's only, like the data directory.
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QDate monday = ws.clock().now().date().addDays(1 - ws.clock().now().date().dayOfWeek() + 7);
    const std::array<const char*, 4> specialties{"DIG", "ORTHO", "URO", "*"};
    QString sessions = QStringLiteral("session_id,theatre,date,start,end,specialty,status\n");
    QStringList sessionIds;
    for (int week = 0; week < 2; ++week) {
        for (int day = 0; day < 5; ++day) {
            const QDate date = monday.addDays(week * 7 + day);
            for (int theatre = 1; theatre <= 4; ++theatre) {
                for (int half = 0; half < 2; ++half) {
                    const QString id = QStringLiteral("S%1-T%2-%3")
                                           .arg(date.toString(QStringLiteral("MMdd")))
                                           .arg(theatre)
                                           .arg(half ? QStringLiteral("PM") : QStringLiteral("AM"));
                    const bool closed = theatre >= 3 && week == 0; // the white plan closed theatres 3 and 4
                    sessions +=
                        QStringLiteral("%1,BLOC%2,%3,%4,%5,%6,%7\n")
                            .arg(id)
                            .arg(theatre)
                            .arg(date.toString(Qt::ISODate),
                                 half ? QStringLiteral("13:30") : QStringLiteral("08:00"),
                                 half ? QStringLiteral("18:00") : QStringLiteral("12:30"),
                                 QString::fromUtf8(specialties[static_cast<std::size_t>(theatre - 1)]),
                                 closed ? QStringLiteral("closed") : QStringLiteral("open"));
                    sessionIds << id;
                }
            }
        }
    }
    // Procedures by specialty, in the order of `specialties`: a knee arthroscopy is orthopaedics.
    const std::array<std::array<const char*, 3>, 3> procedures{{
        {"Cholécystectomie", "Hernie inguinale", "Colectomie"},
        {"PTH", "Arthroscopie genou", "Ostéosynthèse poignet"},
        {"RTUP", "Urétéroscopie", "Néphrectomie partielle"},
    }};
    QString cases = QStringLiteral("case_id,patient_id,surgeon_id,specialty,procedure,duration_min,priority,"
                                   "listed_date,earliest_date,deadline,original_session,locked\n");
    for (int i = 1; i <= 60; ++i) {
        const int theatre = rng.between(1, 3);
        const QString specialty = QString::fromUtf8(specialties[static_cast<std::size_t>(theatre - 1)]);
        const QString priority = QStringLiteral("P%1").arg(rng.chance(10) ? 1 : rng.between(2, 4));
        const QString original =
            sessionIds[static_cast<qsizetype>(rng.next() % static_cast<std::uint64_t>(sessionIds.size()))];
        cases += QStringLiteral("C%1,%2,DR%3,%4,%5,%6,%7,%8,,,%9,\n")
                     .arg(i, 3, 10, QLatin1Char('0'))
                     // Every third case is a surgical inpatient (linked by IPP), the others wait at home.
                     .arg(i % 3 == 0 && i / 3 <= inpatientIpps.size()
                              ? inpatientIpps[i / 3 - 1]
                              : QStringLiteral("PAT%1").arg(rng.between(1, 55), 3, 10, QLatin1Char('0')))
                     .arg(theatre * 2 - rng.between(0, 1))
                     // The same draw as before (0 to 5): durations and priorities stay as they were.
                     .arg(specialty, QString::fromUtf8(procedures[static_cast<std::size_t>(
                                         theatre - 1)][static_cast<std::size_t>(rng.between(0, 5) % 3)]))
                     .arg(rng.between(4, 16) * 15)
                     .arg(priority, monday.addDays(-rng.between(5, 60)).toString(Qt::ISODate))
                     .arg(original.contains(QStringLiteral("-T%1-").arg(theatre)) ? original : QString());
    }
    for (const auto& [name, content] : {std::pair{QStringLiteral("theatre-sessions.csv"), sessions},
                                        std::pair{QStringLiteral("theatre-cases.csv"), cases}}) {
        QFile f(QDir(dir).filePath(name));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
            f.write(content.toUtf8()) < 0) {
            return Error(DemoHospital::tr("Cannot write the demo theatre schedule in %1.").arg(dir),
                         Error::Code::Io);
        }
    }
    return {};
}

} // namespace

QString DemoHospital::passwordsText()
{
    QString text;
    for (const auto& u : demoUsers) {
        text += QStringLiteral("%1 / %2 (%3)\n")
                    .arg(QString::fromUtf8(u.login), QString::fromUtf8(u.password), Roles::label(u.role));
    }
    return text;
}

Status DemoHospital::create(Workspace& ws)
{
    if (ws.isInitialised()) {
        return Error(tr("The demo hospital can only be created in an empty data directory."),
                     Error::Code::Conflict);
    }
    DemoRandom rng(20221118); // fixed: same clock, same hospital
    auto tx = db::Transaction::begin(ws.db());
    if (!tx) {
        return tx.error();
    }
    SiteSetup setup;
    setup.hospital = QStringLiteral("Centre hospitalier de démonstration");
    setup.deviceCode = QString::fromLatin1(deviceCode);
    QStringList medBeds;
    QStringList surgBeds;
    for (int i = 1; i <= 22; ++i) {
        medBeds << QStringLiteral("%1").arg(100 + i);
    }
    for (int i = 1; i <= 20; ++i) {
        surgBeds << QStringLiteral("%1").arg(200 + i);
    }
    setup.wards = {{QStringLiteral("MED"), QStringLiteral("Médecine polyvalente"), medBeds},
                   {QStringLiteral("CHIR"), QStringLiteral("Chirurgie viscérale"), surgBeds}};
    setup.adminLogin = QString::fromUtf8(demoUsers[0].login);
    setup.adminName = QString::fromUtf8(demoUsers[0].name);
    setup.adminPassword = QString::fromUtf8(demoUsers[0].password);
    if (auto st = SiteService(ws).initialise(setup); !st) {
        return st;
    }
    UserService users(ws);
    ws.setCurrentUser(*users.find(setup.adminLogin));
    for (std::size_t i = 1; i < demoUsers.size(); ++i) {
        const auto& u = demoUsers[i];
        if (auto r = users.create(QString::fromUtf8(u.login), QString::fromUtf8(u.name), u.role,
                                  QString::fromUtf8(u.password));
            !r) {
            return r.error();
        }
    }
    // The demo pharmacy's formulary (facts written for WhitePlan), imported by the administrator.
    if (auto f = medication::FormularyStore(ws).importFile(medication::FormularyStore::demoFile()); !f) {
        return f.error();
    }
    ws.setCurrentUser(*users.find(QStringLiteral("claire")));

    PatientService patients(ws);
    RecordStore records(ws);
    QStringList surgicalIpps;
    const QDateTime now = ws.clock().now();
    for (const auto& ward : setup.wards) {
        const bool medical = ward.code == QLatin1String("MED");
        for (const QString& bed : ward.beds) {
            if (!rng.chance(95)) {
                continue; // a few empty beds
            }
            Patient p;
            p.sex = rng.chance(52) ? QStringLiteral("F") : QStringLiteral("M");
            p.birthName = QString::fromUtf8(rng.pick(surnames));
            if (p.sex == QLatin1String("F") && rng.chance(40)) {
                p.usedName = QString::fromUtf8(rng.pick(surnames));
            }
            p.firstNames =
                QString::fromUtf8(p.sex == QLatin1String("F") ? rng.pick(femaleNames) : rng.pick(maleNames));
            if (rng.chance(50)) {
                p.firstNames +=
                    QLatin1Char(' ') + QString::fromUtf8(p.sex == QLatin1String("F") ? rng.pick(femaleNames)
                                                                                     : rng.pick(maleNames));
            }
            p.birthDate = QDate(rng.between(1930, 2004), rng.between(1, 12), rng.between(1, 28));
            p.ipp = rng.chance(80) ? QStringLiteral("8%1").arg(rng.between(1000000, 9999999)) : QString();
            p.identityStatus = p.ipp.isEmpty() ? QStringLiteral("provisional") : QStringLiteral("validated");
            auto reg = patients.registerPatient(p);
            if (reg && !medical && !p.ipp.isEmpty()) {
                surgicalIpps << p.ipp;
            }
            if (!reg) {
                return reg.error();
            }
            const QDateTime admitted = now.addSecs(-3600 * rng.between(20, 240));
            const QString reason =
                QString::fromUtf8(medical ? rng.pick(medicalReasons) : rng.pick(surgicalReasons));
            if (auto r = patients.admit(reg->id, ward.code, bed, admitted, reason); !r) {
                return r.error();
            }
            if (auto st = patients.setAllergies(reg->id, QString::fromUtf8(rng.pick(allergyTexts))); !st) {
                return st;
            }
            const int severity = rng.chance(70) ? 0 : rng.chance(60) ? 1 : 2;
            const QDateTime firstObs = std::max(admitted, now.addDays(-3));
            for (QDateTime t = firstObs; t < now;
                 t = t.addSecs(3600 * (severity == 2 ? 2 : rng.between(4, 8)))) {
                if (auto r =
                        records.create(QStringLiteral("observation"), reg->id, observation(rng, severity), t);
                    !r) {
                    return r.error();
                }
            }
            for (QDateTime t = firstObs.addSecs(3600 * 3); t < now; t = t.addSecs(3600 * 12)) {
                const QJsonObject note{
                    {QStringLiteral("target"), QString::fromUtf8(rng.pick(noteTargets))},
                    {QStringLiteral("data"),
                     QStringLiteral("Patient calme, EVA %1/10.").arg(rng.between(0, 6))},
                    {QStringLiteral("actions"), QStringLiteral("Antalgie selon prescription, installation.")},
                    {QStringLiteral("results"), QStringLiteral("EVA %1/10 à 1 h.").arg(rng.between(0, 3))}};
                if (auto r = records.create(QStringLiteral("nursing_note"), reg->id, note, t); !r) {
                    return r.error();
                }
            }
        }
    }
    if (auto st = DemoOrders::write(ws, QStringLiteral("MED"), QStringLiteral("dr.martin"),
                                    QStringLiteral("claire"), QStringLiteral("labo"));
        !st) {
        return st;
    }
    ws.setCurrentUser(std::nullopt);
    if (auto st = writeTheatreSchedule(ws, rng, surgicalIpps); !st) {
        return st;
    }
    // The demo opens with a schedule on the theatre board, imported as the theatre manager would.
    ws.setCurrentUser(*users.find(QStringLiteral("bloc")));
    const QDir demoDir(QDir(ws.dataDirectory()).filePath(QStringLiteral("demo")));
    auto imported =
        theatre::TheatreService(ws).importFiles(demoDir.filePath(QStringLiteral("theatre-sessions.csv")),
                                                demoDir.filePath(QStringLiteral("theatre-cases.csv")));
    ws.setCurrentUser(std::nullopt);
    if (!imported) {
        return imported.error();
    }
    return tx->commit();
}

} // namespace wp
