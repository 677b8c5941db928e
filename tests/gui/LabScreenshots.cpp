// Screenshots for docs/user-guide-laboratory.md, taken from the real pages.
// Hidden from the normal run: `test_gui "[.screenshots]"` writes them to docs/images/
// (or to $WHITEPLAN_SCREENSHOTS).
#include "AlertsFixture.h"
#include "alerts/AcknowledgeDialog.h"
#include "lab/LabWorklistPage.h"
#include "orders/AlertService.h"
#include "ward/WardBoardPage.h"

#include <QApplication>
#include <QDir>
#include <QTest>

using namespace wp;

namespace {

QString labOutputDir()
{
    const QString env = qEnvironmentVariable("WHITEPLAN_SCREENSHOTS");
    const QString dir = env.isEmpty() ? QStringLiteral(WHITEPLAN_SOURCE_DIR "/docs/images") : env;
    QDir().mkpath(dir);
    return dir;
}

void shootLab(QWidget& w, const QString& name)
{
    w.show();
    QApplication::processEvents();
    QTest::qWait(20);
    // Highest zlib compression: the guide's images must stay small.
    REQUIRE(w.grab()
                .toImage()
                .convertToFormat(QImage::Format_RGB888)
                .save(QDir(labOutputDir()).filePath(name), "PNG", 0));
}

} // namespace

TEST_CASE_METHOD(test::AlertsOnWard, "Screenshots of the laboratory worklist and the alerts",
                 "[.screenshots]")
{
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    auto stat = place({QStringLiteral("iono")}, orders::Priority::Stat);
    auto fbc = place({QStringLiteral("fbc")}, orders::Priority::Urgent);
    place({QStringLiteral("coag")}); // ordered, not yet collected
    collect(stat);
    collect(fbc);
    receive(stat);
    clock.advanceSeconds(10 * 60);
    auto k = result(stat, potassium(), QStringLiteral("6.9"));
    clock.advanceSeconds(25 * 60);
    test::loginAs(*ws, QStringLiteral("nina"), Role::Nurse);

    gui::LabWorklistPage lab(*ws);
    lab.resize(1366, 700);
    shootLab(lab, QStringLiteral("lab-worklist.png"));

    gui::WardBoardPage board(*ws, forms);
    board.setCurrentWard(QStringLiteral("MED"));
    board.resize(1366, 420);
    shootLab(board, QStringLiteral("ward-board-lab.png"));

    test::loginAs(*ws, QStringLiteral("dora"), Role::Doctor);
    auto alert = orders::AlertService(*ws, catalogue).alert(orders::AlertService::alertIdFor(k.recordId));
    REQUIRE(alert);
    gui::AcknowledgeDialog dialog(
        *ws, catalogue, *alert,
        QStringLiteral("%1 — %2 — MED 1").arg(patient.displayName(), patient.downtimeNumber));
    shootLab(dialog, QStringLiteral("alert-acknowledge.png"));
}
