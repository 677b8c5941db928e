#include "ExchangeFixture.h"

#include "records/RecordStore.h"

#include <QJsonArray>
#include <QRandomGenerator>

#include <array>

using namespace wp;
using namespace wp::test;

namespace {

const QStringList beds{QStringLiteral("MED/1"), QStringLiteral("MED/2"),  QStringLiteral("MED/3"),
                       QStringLiteral("MED/4"), QStringLiteral("SURG/A"), QStringLiteral("SURG/B")};

QList<Patient> known(Laptop& l)
{
    auto list = l.ws->db().prepare(QStringLiteral("SELECT id FROM patient ORDER BY id"));
    REQUIRE(list.ok());
    QList<Patient> patients;
    while (*list->step()) {
        patients << *PatientService(*l.ws).find(list->text(0));
    }
    return patients;
}

/// One random edit on `l`. Refusals (bed taken, not admitted…) are part of the game.
void randomEdit(Laptop& l, QRandomGenerator& rng, int serial)
{
    PatientService patients(*l.ws);
    const QList<Patient> list = known(l);
    const int op = list.isEmpty() ? 0 : static_cast<int>(rng.bounded(12));
    const QString bed = beds.at(static_cast<qsizetype>(rng.bounded(static_cast<int>(beds.size()))));
    const QString ward = bed.section(QLatin1Char('/'), 0, 0);
    const QString label = bed.section(QLatin1Char('/'), 1, 1);
    const Patient p = list.isEmpty() ? Patient() : list.at(rng.bounded(static_cast<int>(list.size())));
    // Back-entered events: sometimes in the past.
    const QDateTime at = l.clock.now().addSecs(-static_cast<qint64>(rng.bounded(3)) * 600);
    switch (op) {
    case 0: {
        static const std::array<const char*, 3> names{"Dupont", "Martin", "Durand"};
        Patient n;
        n.birthName = QString::fromUtf8(names.at(rng.bounded(3)));
        n.firstNames = QStringLiteral("Claude");
        n.birthDate = QDate(1950 + static_cast<int>(rng.bounded(2)), 1, 1);
        n.sex = QStringLiteral("U");
        (void)patients.registerPatient(n);
        break;
    }
    case 1:
        (void)patients.admit(p.id, ward, label, at, QStringLiteral("reason %1").arg(serial));
        break;
    case 2:
        (void)patients.move(p.id, ward, label, at);
        break;
    case 3:
    case 4: {
        auto obs = RecordStore(*l.ws).create(
            QStringLiteral("observation"), p.id,
            {{QStringLiteral("pulse"), 60 + static_cast<int>(rng.bounded(60))}}, at);
        REQUIRE(obs.ok());
        break;
    }
    case 5: {
        Patient changed = p;
        changed.ipp = rng.bounded(2) == 0 ? QString() : QStringLiteral("IPP%1").arg(rng.bounded(4));
        // Names are letters only (identity corrections are checked like a registration):
        // the serial written in letters keeps every edit a real change.
        QString letters;
        for (int n = serial;; n /= 26) {
            letters.prepend(QChar(u'A' + n % 26));
            if (n < 26) {
                break;
            }
        }
        changed.usedName = QStringLiteral("U") + letters;
        (void)patients.updateIdentity(changed, QStringLiteral("fix %1").arg(serial));
        break;
    }
    case 6:
        (void)patients.discharge(p.id, at);
        break;
    case 7:
    case 8: {
        // Amend the first observation of the patient: another laptop may amend the same one (a fork).
        auto obs = RecordStore(*l.ws).latestForPatient(p.id, QStringLiteral("observation"));
        REQUIRE(obs.ok());
        if (!obs->isEmpty()) {
            const RecordVersion& v = obs->first();
            REQUIRE(RecordStore(*l.ws)
                        .amend(v.recordId,
                               {{QStringLiteral("pulse"), 60 + static_cast<int>(rng.bounded(60))}},
                               QStringLiteral("fix %1").arg(serial))
                        .ok());
        }
        break;
    }
    case 10: {
        // Orders and their steps are record versions like the others (issue 15): an order on one
        // laptop, collected on another, resulted on a third must converge.
        auto order = RecordStore(*l.ws).create(
            QStringLiteral("lab_order"), p.id,
            {{QStringLiteral("number"), QStringLiteral("%1-L%2").arg(l.ws->deviceCode()).arg(serial)},
             {QStringLiteral("tests"), QJsonArray{QStringLiteral("2823-3")}}},
            at);
        REQUIRE(order.ok());
        break;
    }
    case 11: {
        auto orders = RecordStore(*l.ws).latestForPatient(p.id, QStringLiteral("lab_order"));
        REQUIRE(orders.ok());
        if (!orders->isEmpty()) {
            const QString order = orders->at(rng.bounded(static_cast<int>(orders->size()))).recordId;
            const int what = static_cast<int>(rng.bounded(3));
            const QString kind = what == 0   ? QStringLiteral("lab_order_event")
                                 : what == 1 ? QStringLiteral("lab_result")
                                             : QStringLiteral("alert_ack");
            REQUIRE(RecordStore(*l.ws)
                        .create(kind, p.id,
                                {{QStringLiteral("order"), order},
                                 {QStringLiteral("source"), order},
                                 {QStringLiteral("event"), QStringLiteral("collected")},
                                 {QStringLiteral("test"), QStringLiteral("2823-3")},
                                 {QStringLiteral("value"), QString::number(3.0 + rng.bounded(40) / 10.0)}},
                                at)
                        .ok());
        }
        break;
    }
    default:
        (void)patients.setAllergies(p.id, QStringLiteral("allergy %1").arg(serial));
        break;
    }
}

} // namespace

TEST_CASE("three laptops editing and exchanging in random orders converge", "[exchange][property]")
{
    const auto seed = GENERATE(range(1, 17));
    CAPTURE(seed);
    QRandomGenerator rng(static_cast<quint32>(seed));
    TempDir root;
    TempDir files;
    std::array<std::unique_ptr<Laptop>, 3> laptops{
        std::make_unique<Laptop>(root.file(QStringLiteral("a")), QStringLiteral("LA")),
        std::make_unique<Laptop>(root.file(QStringLiteral("b")), QStringLiteral("LB")),
        std::make_unique<Laptop>(root.file(QStringLiteral("c")), QStringLiteral("LC"))};
    int bundles = 0;
    for (int step = 0; step < 60; ++step) {
        Laptop& l = *laptops.at(rng.bounded(3));
        l.clock.advanceSeconds(1 + rng.bounded(300));
        if (rng.bounded(3) == 0) {
            Laptop& to = *laptops.at(rng.bounded(3));
            if (&to != &l) {
                send(l, to, files.file(QStringLiteral("%1.wpb").arg(++bundles)), rng.bounded(2) == 0);
            }
        } else {
            randomEdit(l, rng, step);
        }
    }
    // Everyone sends everything to everyone, in a random order of pairs.
    QList<std::pair<int, int>> pairs;
    for (int i = 0; i < 3; ++i) {
        for (int j = 0; j < 3; ++j) {
            if (i != j) {
                pairs.append({i, j});
            }
        }
    }
    for (qsizetype i = pairs.size() - 1; i > 0; --i) {
        pairs.swapItemsAt(i, rng.bounded(static_cast<int>(i + 1)));
    }
    for (int round = 0; round < 2; ++round) {
        for (const auto& [from, to] : pairs) {
            send(*laptops.at(from), *laptops.at(to), files.file(QStringLiteral("%1.wpb").arg(++bundles)));
        }
    }
    const QString reference = laptops[0]->dump();
    CHECK(laptops[1]->dump() == reference);
    CHECK(laptops[2]->dump() == reference);
    // Every laptop shows the same current version of every record, forked or not.
    const auto current = [](Laptop& l) {
        auto ids =
            l.ws->db().prepare(QStringLiteral("SELECT DISTINCT record_id FROM record_version ORDER BY 1"));
        REQUIRE(ids.ok());
        QStringList versions;
        while (*ids->step()) {
            versions << RecordStore(*l.ws).latest(ids->text(0))->versionId;
        }
        return versions;
    };
    const QStringList shown = current(*laptops[0]);
    CHECK(current(*laptops[1]) == shown);
    CHECK(current(*laptops[2]) == shown);
    // No bed holds two patients, whatever happened.
    auto clash = laptops[0]->ws->db().scalar(QStringLiteral(
        "SELECT count(*) FROM (SELECT ward_code, bed_label FROM patient WHERE status = 'admitted' "
        "AND bed_label IS NOT NULL GROUP BY 1, 2 HAVING count(*) > 1)"));
    CHECK(clash->toInt() == 0);
}

TEST_CASE("the same bundles imported in any order, some twice, give the same database",
          "[exchange][property]")
{
    const auto seed = GENERATE(range(100, 106));
    CAPTURE(seed);
    QRandomGenerator rng(static_cast<quint32>(seed));
    TempDir root;
    TempDir files;
    std::array<std::unique_ptr<Laptop>, 3> writers{
        std::make_unique<Laptop>(root.file(QStringLiteral("a")), QStringLiteral("LA")),
        std::make_unique<Laptop>(root.file(QStringLiteral("b")), QStringLiteral("LB")),
        std::make_unique<Laptop>(root.file(QStringLiteral("c")), QStringLiteral("LC"))};
    QStringList bundles;
    for (int step = 0; step < 45; ++step) {
        Laptop& l = *writers.at(rng.bounded(3));
        l.clock.advanceSeconds(1 + rng.bounded(300));
        if (rng.bounded(5) == 0) {
            // A bundle on the "USB stick", and sometimes the writers share too.
            const QString file = files.file(QStringLiteral("%1.wpb").arg(bundles.size()));
            REQUIRE(exchange::ExchangeExporter(*l.ws).exportTo(file, testPassphrase(), fastOptions()).ok());
            bundles << file;
            Laptop& to = *writers.at(rng.bounded(3));
            if (&to != &l) {
                REQUIRE(exchange::ExchangeImporter(*to.ws).importFile(file, testPassphrase()).ok());
            }
        } else {
            randomEdit(l, rng, step);
        }
    }
    for (auto& l : writers) {
        const QString file = files.file(QStringLiteral("%1.wpb").arg(bundles.size()));
        REQUIRE(exchange::ExchangeExporter(*l->ws).exportTo(file, testPassphrase(), fastOptions()).ok());
        bundles << file;
    }
    // Two readers import every bundle, in two different random orders, some twice.
    Laptop first(root.file(QStringLiteral("d")), QStringLiteral("RD"));
    Laptop second(root.file(QStringLiteral("e")), QStringLiteral("RE"));
    for (Laptop* reader : {&first, &second}) {
        QStringList order = bundles + bundles.mid(0, static_cast<qsizetype>(rng.bounded(3)));
        for (qsizetype i = order.size() - 1; i > 0; --i) {
            order.swapItemsAt(i, rng.bounded(static_cast<int>(i + 1)));
        }
        for (const QString& file : order) {
            auto r = exchange::ExchangeImporter(*reader->ws).importFile(file, testPassphrase());
            INFO(r.errorMessage().toStdString());
            REQUIRE(r.ok());
        }
    }
    CHECK(first.dump() == second.dump());
}
