#include "Database.h"
#include "TestSupport.h"
#include "csv/CsvReader.h"
#include "orders/Catalogue.h"
#include "orders/OrderService.h"
#include "patients/PatientService.h"
#include "workspace/Workspace.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QRegularExpression>

// Orders, results and alerts through the real whiteplan-cli (issue 15).
//
// The CLI has no clock seam (it always runs on the system clock). So that "overdue" is tested
// with time that really passed, the laptop is set up in-process on a ManualClock at
// testEpoch() (days before the CLI runs): the orders placed then are past their turnaround
// when the CLI lists them, while an order placed by the CLI itself is not.

using namespace wp;

namespace {

const QString potassium = QStringLiteral("2823-3");
const QString sodium = QStringLiteral("2951-2");
const QString haemoglobin = QStringLiteral("718-7");

/// A ward laptop (device T1) with a nurse (nina), a doctor (dora), MARTIN Claire (IPP 8001001,
/// MED bed 1) and DURAND Paul (IPP 8002002, SURG bed A), and three orders placed at
/// testEpoch(): T1-L0001 potassium and sodium and T1-L0002 haemoglobin (STAT) for Claire,
/// T1-L0003 potassium for Paul (tests/data/results-csv/README.md).
struct OrdersLaptop
{
    OrdersLaptop()
    {
        ManualClock clock(test::testEpoch());
        auto ws = test::initialisedWorkspace(tmp.path(), clock);
        test::loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
        PatientService patients(*ws);
        auto claire = test::person(QStringLiteral("MARTIN"), QStringLiteral("Claire"), QDate(1950, 3, 4));
        claire.ipp = QStringLiteral("8001001");
        auto paul = test::person(QStringLiteral("DURAND"), QStringLiteral("Paul"), QDate(1962, 7, 1),
                                 QStringLiteral("M"));
        paul.ipp = QStringLiteral("8002002");
        auto c = patients.registerPatient(claire);
        REQUIRE(c);
        REQUIRE(patients.admit(c->id, QStringLiteral("MED"), QStringLiteral("1"), clock.now()));
        auto p = patients.registerPatient(paul);
        REQUIRE(p);
        REQUIRE(patients.admit(p->id, QStringLiteral("SURG"), QStringLiteral("A"), clock.now()));
        claireNumber = c->downtimeNumber;
        paulNumber = p->downtimeNumber;

        test::loginAs(*ws, QStringLiteral("dora"), Role::Doctor);
        orders::Catalogue catalogue;
        catalogue.reload();
        orders::OrderService service(*ws, catalogue);
        auto place = [&](const QString& patientId, const QStringList& codes, orders::Priority priority) {
            orders::OrderRequest r;
            r.patientId = patientId;
            r.codes = codes;
            r.priority = priority;
            auto o = service.place(r);
            REQUIRE(o);
            return o->number;
        };
        REQUIRE(place(c->id, {potassium, sodium}, orders::Priority::Routine) == QStringLiteral("T1-L0001"));
        REQUIRE(place(c->id, {haemoglobin}, orders::Priority::Stat) == QStringLiteral("T1-L0002"));
        REQUIRE(place(p->id, {potassium}, orders::Priority::Routine) == QStringLiteral("T1-L0003"));
    }

    /// Runs the CLI on this laptop, as `login` when given (password "<login>-password").
    test::CliResult run(const QStringList& args, const QString& login = {}) const
    {
        QStringList all = args + QStringList{QStringLiteral("--data-dir"), tmp.path()};
        QProcessEnvironment env;
        if (!login.isEmpty()) {
            all << QStringLiteral("--user") << login;
            env.insert(QStringLiteral("WHITEPLAN_PASSWORD"), login + QStringLiteral("-password"));
        }
        return test::runCli(all, env);
    }
    /// A list command's CSV, parsed.
    QList<QHash<QString, QString>> table(const QStringList& args) const
    {
        auto r = run(args + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        auto csv = CsvReader::fromData(r.out.toUtf8(), QStringLiteral("list"));
        REQUIRE(csv.ok());
        QList<QHash<QString, QString>> rows;
        for (const auto& record : csv->records()) {
            QHash<QString, QString> row;
            for (const QString& column : csv->header()) {
                row.insert(column, csv->value(record, column));
            }
            rows << row;
        }
        return rows;
    }
    QStringList header(const QStringList& args) const
    {
        auto r = run(args + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
        REQUIRE(r.exitCode == 0);
        auto csv = CsvReader::fromData(r.out.toUtf8(), QStringLiteral("list"));
        REQUIRE(csv.ok());
        return csv->header();
    }
    static QHash<QString, QString> row(const QList<QHash<QString, QString>>& rows, const QString& column,
                                       const QString& value)
    {
        for (const auto& r : rows) {
            if (r.value(column) == value) {
                return r;
            }
        }
        return {};
    }
    int recordVersions() const
    {
        auto db = db::Database::open(QDir(tmp.path()).filePath(Workspace::databaseFileName()),
                                     db::Database::Mode::ReadOnly);
        REQUIRE(db.ok());
        return db->scalar(QStringLiteral("SELECT count(*) FROM record_version")).value().toInt();
    }
    /// A results.csv written now (times `minutesAhead` from now, so after an order the CLI just placed).
    QString resultsFile(const QStringList& lines) const
    {
        const QString path = tmp.file(QStringLiteral("results-now.csv"));
        test::writeFile(path, (QStringList{QStringLiteral("order,test,value,unit,resulted_at")} + lines)
                                      .join(QLatin1Char('\n'))
                                      .toUtf8() +
                                  "\n");
        return path;
    }
    static QString soon()
    {
        return QDateTime::currentDateTime().addSecs(60).toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
    }
    static QString fixture(const QString& name)
    {
        return test::dataFile(QStringLiteral("results-csv/") + name);
    }

    test::TempDir tmp;
    QString claireNumber;
    QString paulNumber;
};

const QStringList orderColumns{QStringLiteral("order"),   QStringLiteral("downtime_number"),
                               QStringLiteral("patient"), QStringLiteral("ward"),
                               QStringLiteral("tests"),   QStringLiteral("priority"),
                               QStringLiteral("status"),  QStringLiteral("ordered_at"),
                               QStringLiteral("due_at"),  QStringLiteral("overdue")};
const QStringList alertColumns{
    QStringLiteral("alert"),           QStringLiteral("kind"),        QStringLiteral("downtime_number"),
    QStringLiteral("patient"),         QStringLiteral("ward"),        QStringLiteral("summary"),
    QStringLiteral("raised_at"),       QStringLiteral("age_minutes"), QStringLiteral("acknowledged_by"),
    QStringLiteral("acknowledged_at"), QStringLiteral("action"),      QStringLiteral("response")};

} // namespace

TEST_CASE("cli: an order goes from added to acknowledged, its critical result alerting a doctor", "[orders]")
{
    OrdersLaptop h;
    auto added =
        h.run({QStringLiteral("orders"), QStringLiteral("add"), QStringLiteral("--patient"),
               QStringLiteral("8001001"), QStringLiteral("--tests"),
               potassium + QLatin1Char(',') + haemoglobin, QStringLiteral("--priority"),
               QStringLiteral("stat"), QStringLiteral("--info"), QStringLiteral("confusion, on furosemide")},
              QStringLiteral("dora"));
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QString number = added.out.trimmed();
    CHECK(number == QStringLiteral("T1-L0004"));

    auto pending = h.table({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--pending")});
    auto mine = OrdersLaptop::row(pending, QStringLiteral("order"), number);
    REQUIRE_FALSE(mine.isEmpty());
    CHECK(mine.value(QStringLiteral("downtime_number")) == h.claireNumber);
    CHECK(mine.value(QStringLiteral("patient")).contains(QStringLiteral("MARTIN")));
    CHECK(mine.value(QStringLiteral("tests")) == potassium + QLatin1Char(' ') + haemoglobin);
    CHECK(mine.value(QStringLiteral("priority")) == QStringLiteral("stat"));
    CHECK(mine.value(QStringLiteral("status")) == QStringLiteral("ordered"));
    CHECK(mine.value(QStringLiteral("overdue")) == QStringLiteral("no"));

    auto collected = h.run({QStringLiteral("orders"), QStringLiteral("collect"), number.toLower()},
                           QStringLiteral("nina"));
    INFO(collected.err.toStdString());
    REQUIRE(collected.exitCode == 0);
    auto twice = h.run({QStringLiteral("orders"), QStringLiteral("collect"), number}, QStringLiteral("nina"));
    CHECK(twice.exitCode == 2);
    CHECK(twice.err.contains(QStringLiteral("already")));
    REQUIRE(h.run({QStringLiteral("orders"), QStringLiteral("receive"), number}, QStringLiteral("nina"))
                .exitCode == 0);
    mine = OrdersLaptop::row(h.table({QStringLiteral("orders"), QStringLiteral("list")}),
                             QStringLiteral("order"), number);
    CHECK(mine.value(QStringLiteral("status")) == QStringLiteral("received"));

    const QString file = h.resultsFile({number + QStringLiteral(",2823-3,6.9,mmol/L,") + OrdersLaptop::soon(),
                                        number + QStringLiteral(",718-7,12.5,g/dL,") + OrdersLaptop::soon()});
    auto imported =
        h.run({QStringLiteral("results"), QStringLiteral("import"), file}, QStringLiteral("nina"));
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("Imported 2 result(s); 0 already present.")));
    CHECK(imported.out.contains(QStringLiteral("1 critical result(s)")));

    auto unacknowledged =
        h.table({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--unacknowledged")});
    REQUIRE(unacknowledged.size() == 1);
    CHECK(unacknowledged.first().value(QStringLiteral("order")) == number);
    CHECK(unacknowledged.first().value(QStringLiteral("status")) == QStringLiteral("resulted"));

    CHECK(h.header({QStringLiteral("alerts"), QStringLiteral("list")}) == alertColumns);
    auto open = h.table(
        {QStringLiteral("alerts"), QStringLiteral("list"), QStringLiteral("--ward"), QStringLiteral("med")});
    REQUIRE(open.size() == 1);
    const auto alert = open.first();
    CHECK(alert.value(QStringLiteral("alert")).startsWith(QStringLiteral("A-")));
    CHECK(imported.out.contains(alert.value(QStringLiteral("alert"))));
    CHECK(alert.value(QStringLiteral("kind")) == QStringLiteral("critical-result"));
    CHECK(alert.value(QStringLiteral("downtime_number")) == h.claireNumber);
    CHECK(alert.value(QStringLiteral("summary")).contains(QStringLiteral("6.9")));
    CHECK(alert.value(QStringLiteral("age_minutes")).toInt() >= 0);
    CHECK(alert.value(QStringLiteral("acknowledged_by")).isEmpty());
    CHECK(h.table({QStringLiteral("alerts"), QStringLiteral("list"), QStringLiteral("--ward"),
                   QStringLiteral("SURG")})
              .isEmpty());

    // A critical result is a doctor's to acknowledge, and only with what was done.
    const QString id = alert.value(QStringLiteral("alert"));
    auto byNurse = h.run({QStringLiteral("alerts"), QStringLiteral("acknowledge"), id,
                          QStringLiteral("--action"), QStringLiteral("told the doctor")},
                         QStringLiteral("nina"));
    CHECK(byNurse.exitCode == 5);
    auto noAction =
        h.run({QStringLiteral("alerts"), QStringLiteral("acknowledge"), id}, QStringLiteral("dora"));
    CHECK(noAction.exitCode == 2);
    CHECK(noAction.err.contains(QStringLiteral("--action")));
    auto acknowledged =
        h.run({QStringLiteral("alerts"), QStringLiteral("acknowledge"), id, QStringLiteral("--action"),
               QStringLiteral("Kayexalate, ECG, recheck at 10:00")},
              QStringLiteral("dora"));
    INFO(acknowledged.err.toStdString());
    REQUIRE(acknowledged.exitCode == 0);
    CHECK(h.table({QStringLiteral("alerts"), QStringLiteral("list")}).isEmpty());
    auto all = h.table({QStringLiteral("alerts"), QStringLiteral("list"), QStringLiteral("--all")});
    REQUIRE(all.size() == 1);
    CHECK(all.first().value(QStringLiteral("acknowledged_by")) == QStringLiteral("dora"));
    CHECK(all.first().value(QStringLiteral("action")) == QStringLiteral("Kayexalate, ECG, recheck at 10:00"));
    CHECK_FALSE(all.first().value(QStringLiteral("acknowledged_at")).isEmpty());
    CHECK(h.run({QStringLiteral("alerts"), QStringLiteral("acknowledge"), id, QStringLiteral("--action"),
                 QStringLiteral("again")},
                QStringLiteral("dora"))
              .exitCode == 2);

    REQUIRE(h.run({QStringLiteral("orders"), QStringLiteral("acknowledge"), number}, QStringLiteral("dora"))
                .exitCode == 0);
    auto claire = h.table({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--patient"),
                           QStringLiteral("8001001")});
    CHECK(claire.size() == 3);
    CHECK(OrdersLaptop::row(claire, QStringLiteral("order"), number).value(QStringLiteral("status")) ==
          QStringLiteral("acknowledged"));
    CHECK(h.table({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--unacknowledged")})
              .isEmpty());
}

TEST_CASE("cli: orders list --format csv gives every order with its patient, and filters by ward and patient",
          "[orders]")
{
    OrdersLaptop h;
    CHECK(h.header({QStringLiteral("orders"), QStringLiteral("list")}) == orderColumns);
    auto all = h.table({QStringLiteral("orders"), QStringLiteral("list")});
    REQUIRE(all.size() == 3);
    CHECK(all.at(0).value(QStringLiteral("order")) == QStringLiteral("T1-L0001"));
    CHECK(all.at(0).value(QStringLiteral("ordered_at")) ==
          test::testEpoch().toLocalTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm")));
    CHECK(all.at(0).value(QStringLiteral("ward")) == QStringLiteral("MED"));
    CHECK(all.at(2).value(QStringLiteral("downtime_number")) == h.paulNumber);
    auto surgery = h.table(
        {QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--ward"), QStringLiteral("SURG")});
    REQUIRE(surgery.size() == 1);
    CHECK(surgery.first().value(QStringLiteral("order")) == QStringLiteral("T1-L0003"));
    auto paul = h.table({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--patient"),
                         QStringLiteral("8002002")});
    REQUIRE(paul.size() == 1);

    // For people: words, aligned, and a count.
    auto text = h.run({QStringLiteral("orders"), QStringLiteral("list")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("3 order(s)")));
    CHECK(text.out.contains(QStringLiteral("MARTIN")));

    for (const QStringList& bad : {QStringList{QStringLiteral("--ward"), QStringLiteral("NOWARD")},
                                   QStringList{QStringLiteral("--patient"), QStringLiteral("0000000")},
                                   QStringList{QStringLiteral("--pending"), QStringLiteral("--overdue")},
                                   QStringList{QStringLiteral("--format"), QStringLiteral("xml")}}) {
        auto r = h.run(QStringList{QStringLiteral("orders"), QStringLiteral("list")} + bad);
        INFO(bad.join(QLatin1Char(' ')).toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
    }
}

TEST_CASE("cli: orders become overdue once their turnaround has passed, and stop being once resulted",
          "[orders]")
{
    OrdersLaptop h;
    auto added = h.run({QStringLiteral("orders"), QStringLiteral("add"), QStringLiteral("--patient"),
                        QStringLiteral("8002002"), QStringLiteral("--tests"), QStringLiteral("iono")},
                       QStringLiteral("nina"));
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QString fresh = added.out.trimmed();

    // Placed days ago by the in-process clock: past every turnaround now.
    auto overdue = h.table({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--overdue")});
    QStringList numbers;
    for (const auto& r : overdue) {
        numbers << r.value(QStringLiteral("order"));
        CHECK(r.value(QStringLiteral("overdue")) == QStringLiteral("yes"));
    }
    CHECK(numbers ==
          QStringList{QStringLiteral("T1-L0001"), QStringLiteral("T1-L0002"), QStringLiteral("T1-L0003")});
    auto all = h.table({QStringLiteral("orders"), QStringLiteral("list")});
    const auto freshRow = OrdersLaptop::row(all, QStringLiteral("order"), fresh);
    CHECK(freshRow.value(QStringLiteral("overdue")) == QStringLiteral("no"));
    CHECK(freshRow.value(QStringLiteral("tests")).split(QLatin1Char(' ')).size() > 1); // the panel expanded
    // The STAT haemoglobin was due 30 minutes after it was ordered.
    CHECK(OrdersLaptop::row(all, QStringLiteral("order"), QStringLiteral("T1-L0002"))
              .value(QStringLiteral("due_at")) ==
          test::testEpoch().addSecs(30 * 60).toLocalTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm")));

    auto imported = h.run({QStringLiteral("results"), QStringLiteral("import"),
                           OrdersLaptop::fixture(QStringLiteral("results-good.csv"))},
                          QStringLiteral("nina"));
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    numbers.clear();
    for (const auto& r :
         h.table({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--overdue")})) {
        numbers << r.value(QStringLiteral("order"));
    }
    CHECK(numbers == QStringList{QStringLiteral("T1-L0002")});
    numbers.clear();
    for (const auto& r :
         h.table({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--pending")})) {
        numbers << r.value(QStringLiteral("order"));
    }
    CHECK(numbers == QStringList{QStringLiteral("T1-L0002"), fresh});
}

TEST_CASE("cli: results import is all or nothing, can be dry-run, and importing twice changes nothing",
          "[orders]")
{
    OrdersLaptop h;
    const QString good = OrdersLaptop::fixture(QStringLiteral("results-good.csv"));
    const int before = h.recordVersions();
    auto dry = h.run({QStringLiteral("results"), QStringLiteral("import"), good, QStringLiteral("--dry-run")},
                     QStringLiteral("nina"));
    INFO(dry.err.toStdString());
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("3 result(s) would be imported")));
    CHECK(h.recordVersions() == before);
    CHECK(h.table({QStringLiteral("alerts"), QStringLiteral("list")}).isEmpty());

    auto first = h.run({QStringLiteral("results"), QStringLiteral("import"), good}, QStringLiteral("nina"));
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("Imported 3 result(s); 0 already present.")));
    CHECK(h.recordVersions() == before + 3);
    auto orders = h.table({QStringLiteral("orders"), QStringLiteral("list")});
    CHECK(OrdersLaptop::row(orders, QStringLiteral("order"), QStringLiteral("T1-L0001"))
              .value(QStringLiteral("status")) == QStringLiteral("resulted"));
    CHECK(OrdersLaptop::row(orders, QStringLiteral("order"), QStringLiteral("T1-L0003"))
              .value(QStringLiteral("status")) == QStringLiteral("resulted"));
    auto alerts = h.table({QStringLiteral("alerts"), QStringLiteral("list")});
    REQUIRE(alerts.size() == 1);
    CHECK(alerts.first().value(QStringLiteral("summary")).contains(QStringLiteral("6.9")));
    CHECK(alerts.first().value(QStringLiteral("ward")) == QStringLiteral("MED"));

    auto again = h.run({QStringLiteral("results"), QStringLiteral("import"), good}, QStringLiteral("nina"));
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("Imported 0 result(s); 3 already present.")));
    CHECK(h.recordVersions() == before + 3);

    // The nurse may import; a user who is not there may not.
    auto stranger =
        h.run({QStringLiteral("results"), QStringLiteral("import"), good}, QStringLiteral("nobody"));
    CHECK(stranger.exitCode == 5);
    auto missing =
        h.run({QStringLiteral("results"), QStringLiteral("import"), h.tmp.file(QStringLiteral("none.csv"))},
              QStringLiteral("nina"));
    CHECK(missing.exitCode == 2);
}

TEST_CASE("cli: a broken results file is refused with its file, line and column, and writes nothing",
          "[orders]")
{
    struct Case
    {
        const char* file;
        int line;
        const char* column;
        const char* says;
    };
    OrdersLaptop h;
    const int before = h.recordVersions();
    for (const Case& c : {Case{"results-bad-value.csv", 3, "value", "45"},
                          Case{"results-not-a-number.csv", 3, "value", "not a number"},
                          Case{"results-unknown-column.csv", 1, "units", "units"},
                          Case{"results-wrong-unit.csv", 3, "unit", "mmol/L"},
                          Case{"results-wrong-patient.csv", 3, "patient", "T1-L0003"},
                          Case{"results-unknown-test.csv", 3, "test", "9999-9"},
                          Case{"results-bad-time.csv", 3, "resulted_at", "YYYY-MM-DDTHH:MM"}}) {
        INFO(c.file);
        for (const bool dry : {true, false}) {
            QStringList args{QStringLiteral("results"), QStringLiteral("import"),
                             OrdersLaptop::fixture(QString::fromLatin1(c.file))};
            if (dry) {
                args << QStringLiteral("--dry-run");
            }
            auto r = h.run(args, QStringLiteral("nina"));
            INFO(r.err.toStdString());
            CHECK(r.exitCode == 2);
            CHECK(r.err.contains(QString::fromLatin1(c.file)));
            CHECK(r.err.contains(
                QStringLiteral("line %1, column %2").arg(c.line).arg(QString::fromLatin1(c.column))));
            CHECK(r.err.contains(QString::fromUtf8(c.says)));
            CHECK(r.out.isEmpty());
        }
    }
    CHECK(h.recordVersions() == before);
    CHECK(h.table({QStringLiteral("alerts"), QStringLiteral("list"), QStringLiteral("--all")}).isEmpty());
}

TEST_CASE("cli: each bad order or result is refused with a clear message (status 2) and writes nothing",
          "[orders]")
{
    OrdersLaptop h;
    auto cancelled = h.run({QStringLiteral("orders"), QStringLiteral("cancel"), QStringLiteral("T1-L0003"),
                            QStringLiteral("--reason"), QStringLiteral("ordered twice")},
                           QStringLiteral("dora"));
    INFO(cancelled.err.toStdString());
    REQUIRE(cancelled.exitCode == 0);
    const int before = h.recordVersions();

    struct Case
    {
        QStringList args;
        QString login;
        QString says;
    };
    auto enter = [](const QString& order, const QString& test, const QString& value,
                    const QStringList& extra = {}) {
        return QStringList{QStringLiteral("results"), QStringLiteral("enter"),
                           QStringLiteral("--order"), order,
                           QStringLiteral("--test"),  test,
                           QStringLiteral("--value"), value} +
               extra;
    };
    const QString nina = QStringLiteral("nina");
    const QList<Case> cases{
        {{QStringLiteral("orders"), QStringLiteral("add"), QStringLiteral("--patient"),
          QStringLiteral("8001001"), QStringLiteral("--tests"), QStringLiteral("9999-9")},
         QStringLiteral("dora"),
         QStringLiteral("9999-9")},
        {{QStringLiteral("orders"), QStringLiteral("add"), QStringLiteral("--patient"),
          QStringLiteral("0000000"), QStringLiteral("--tests"), potassium},
         QStringLiteral("dora"),
         QStringLiteral("0000000")},
        {{QStringLiteral("orders"), QStringLiteral("add"), QStringLiteral("--patient"),
          QStringLiteral("8001001"), QStringLiteral("--tests"), potassium, QStringLiteral("--priority"),
          QStringLiteral("asap")},
         QStringLiteral("dora"),
         QStringLiteral("asap")},
        {{QStringLiteral("orders"), QStringLiteral("add"), QStringLiteral("--patient"),
          QStringLiteral("8001001"), QStringLiteral("--tests"), potassium, QStringLiteral("--collect-at"),
          QStringLiteral("tomorrow")},
         QStringLiteral("dora"),
         QStringLiteral("YYYY-MM-DDTHH:MM")},
        {enter(QStringLiteral("T1-L0999"), potassium, QStringLiteral("4.0")), nina,
         QStringLiteral("T1-L0999")},
        {enter(QStringLiteral("T1-L0001"), QStringLiteral("0000-0"), QStringLiteral("4.0")), nina,
         QStringLiteral("0000-0")},
        {enter(QStringLiteral("T1-L0001"), potassium, QStringLiteral("abc")), nina,
         QStringLiteral("not a number")},
        {enter(QStringLiteral("T1-L0001"), potassium, QStringLiteral("45")), nina,
         QStringLiteral("45 mmol/L is not possible")},
        {enter(QStringLiteral("T1-L0003"), potassium, QStringLiteral("4.0")), nina,
         QStringLiteral("cancelled")},
        {enter(QStringLiteral("T1-L0001"), potassium, QStringLiteral("4.0"),
               {QStringLiteral("--unit"), QStringLiteral("mg/dL")}),
         nina, QStringLiteral("mmol/L")},
        {enter(QStringLiteral("T1-L0001"), haemoglobin, QStringLiteral("12")), nina,
         QStringLiteral("not ordered")},
        {enter(QStringLiteral("T1-L0001"), potassium, QStringLiteral("4.0"),
               {QStringLiteral("--via"), QStringLiteral("fax")}),
         nina, QStringLiteral("fax")},
        {enter(QStringLiteral("T1-L0001"), potassium, QStringLiteral("4.0"),
               {QStringLiteral("--at"), QStringLiteral("28/11/2026 09:00")}),
         nina, QStringLiteral("YYYY-MM-DDTHH:MM")},
        // A phoned result: the caller, a matching read-back and the patient confirmed, each required.
        {enter(QStringLiteral("T1-L0001"), potassium, QStringLiteral("6.8"),
               {QStringLiteral("--via"), QStringLiteral("phone")}),
         nina, QStringLiteral("caller")},
        {enter(QStringLiteral("T1-L0001"), potassium, QStringLiteral("6.8"),
               {QStringLiteral("--via"), QStringLiteral("phone"), QStringLiteral("--caller"),
                QStringLiteral("Lab"), QStringLiteral("--read-back"), QStringLiteral("5.8"),
                QStringLiteral("--identity-confirmed")}),
         nina, QStringLiteral("5.8")},
        {enter(QStringLiteral("T1-L0001"), potassium, QStringLiteral("6.8"),
               {QStringLiteral("--via"), QStringLiteral("phone"), QStringLiteral("--caller"),
                QStringLiteral("Lab"), QStringLiteral("--read-back"), QStringLiteral("6.8")}),
         nina, QStringLiteral("Confirm the patient")},
        {enter(QStringLiteral("T1-L0001"), potassium, QStringLiteral("6.8"),
               {QStringLiteral("--caller"), QStringLiteral("Lab")}),
         nina, QStringLiteral("--via phone")},
        {{QStringLiteral("orders"), QStringLiteral("cancel"), QStringLiteral("T1-L0001")},
         QStringLiteral("dora"),
         QStringLiteral("--reason")},
        {{QStringLiteral("orders"), QStringLiteral("cancel"), QStringLiteral("T1-L0003"),
          QStringLiteral("--reason"), QStringLiteral("again")},
         QStringLiteral("dora"),
         QStringLiteral("cancelled")},
        {{QStringLiteral("orders"), QStringLiteral("acknowledge"), QStringLiteral("T1-L0001")},
         QStringLiteral("dora"),
         QStringLiteral("no complete results")},
        {{QStringLiteral("orders"), QStringLiteral("receive")}, nina, QStringLiteral("order number")},
        {{QStringLiteral("alerts"), QStringLiteral("acknowledge"), QStringLiteral("A-00000000"),
          QStringLiteral("--action"), QStringLiteral("seen")},
         QStringLiteral("dora"),
         QStringLiteral("A-00000000")},
        {{QStringLiteral("alerts"), QStringLiteral("acknowledge"), QStringLiteral("A-00000000"),
          QStringLiteral("--action"), QStringLiteral("seen"), QStringLiteral("--response"),
          QStringLiteral("prayer")},
         QStringLiteral("dora"),
         QStringLiteral("prayer")},
    };
    for (const Case& c : cases) {
        auto r = h.run(c.args, c.login);
        INFO(c.args.join(QLatin1Char(' ')).toStdString());
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(c.says));
        CHECK(r.out.isEmpty());
    }
    CHECK(h.recordVersions() == before);

    // The laboratory's value phoned, read back and confirmed: accepted, and its alert named.
    auto phoned = h.run(
        enter(QStringLiteral("T1-L0001"), potassium, QStringLiteral("6,8"),
              {QStringLiteral("--via"), QStringLiteral("phone"), QStringLiteral("--caller"),
               QStringLiteral("Dr Biologiste, lab"), QStringLiteral("--read-back"), QStringLiteral("6.8"),
               QStringLiteral("--identity-confirmed"), QStringLiteral("--unit"), QStringLiteral("mmol/L")}),
        nina);
    INFO(phoned.err.toStdString());
    REQUIRE(phoned.exitCode == 0);
    CHECK(phoned.out.contains(QStringLiteral("6.8 mmol/L (HH)")));
    CHECK(phoned.out.contains(h.claireNumber));
    CHECK(phoned.out.contains(QStringLiteral("1950-03-04")));
    CHECK(phoned.out.contains(QStringLiteral("Critical result: alert A-")));
    CHECK(h.recordVersions() == before + 1);
    // A second value for the same test is a correction, not a new entry.
    auto duplicate = h.run(enter(QStringLiteral("T1-L0001"), potassium, QStringLiteral("4.0")), nina);
    CHECK(duplicate.exitCode == 2);
    CHECK(duplicate.err.contains(QStringLiteral("correct")));
    CHECK(h.recordVersions() == before + 1);
}

TEST_CASE("cli: a broken catalogue file is reported on stderr and the commands still run", "[orders]")
{
    OrdersLaptop h;
    test::writeFile(orders::Catalogue::siteFolder(h.tmp.path()) + QStringLiteral("/broken.json"),
                    test::readFile(test::dataFile(QStringLiteral("catalogue/broken/bad_json.json"))));
    auto r = h.run({QStringLiteral("orders"), QStringLiteral("list")});
    CHECK(r.exitCode == 0);
    CHECK(r.err.contains(QStringLiteral("Catalogue file skipped")));
    CHECK(r.err.contains(QStringLiteral("broken.json")));
    CHECK(r.out.contains(QStringLiteral("3 order(s)")));
}
