#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "patients/PatientService.h"
#include "printing/PrintPreviewDialog.h"
#include "printing/PrintingPage.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPrinter>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

using namespace wp;
using namespace wp::gui;

namespace {

struct GuiFixture
{
    test::TempDir dir;
    ManualClock clock{test::testEpoch()};
    std::unique_ptr<Workspace> ws = test::initialisedWorkspace(dir.path(), clock);
    Patient patient;

    GuiFixture()
    {
        test::loginAs(*ws, QStringLiteral("nora"), Role::Nurse);
        PatientService patients(*ws);
        Patient p;
        p.birthName = QStringLiteral("Dupont");
        p.firstNames = QStringLiteral("Jeanne");
        p.birthDate = QDate(1950, 3, 2);
        p.sex = QStringLiteral("F");
        auto reg = patients.registerPatient(p);
        REQUIRE(reg.ok());
        REQUIRE(patients
                    .admit(reg->id, QStringLiteral("MED"), QStringLiteral("1"), clock.now().addDays(-1),
                           QStringLiteral("Pneumonia"))
                    .ok());
        patient = *patients.find(reg->id);
    }
};

QPushButton* button(QWidget& parent, const QString& text)
{
    for (auto* b : parent.findChildren<QPushButton*>()) {
        if (b->text() == text) {
            return b;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("gui: the printing page previews a handover sheet, then saves and prints it")
{
    GuiFixture f;
    PrintingPage page(*f.ws);
    page.show();
    PrintPreviewDialog* dialog = nullptr;
    QObject::connect(&page, &PrintingPage::previewOpened, [&](PrintPreviewDialog* d) { dialog = d; });
    QPushButton* previewButton = button(page, QStringLiteral("&Preview…"));
    REQUIRE(previewButton);
    QTest::mouseClick(previewButton, Qt::LeftButton);
    INFO(page.message().toStdString());
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->pageCount() == 1);
    const QSizeF size = dialog->pdfDocument()->pagePointSize(0);
    CHECK(size.width() > size.height()); // landscape

    const QString saved = f.dir.file(QStringLiteral("saved"));
    dialog->setSaveChooser([&](QWidget*, const QString& suggested) {
        CHECK(suggested.endsWith(QStringLiteral("handover-MED-") +
                                 QStringLiteral("morning.pdf"))); // the test clock is 08:00
        return saved;
    });
    QTest::mouseClick(button(*dialog, QStringLiteral("&Save as PDF…")), Qt::LeftButton);
    QPdfDocument savedPdf;
    REQUIRE(savedPdf.load(saved + QStringLiteral(".pdf")) == QPdfDocument::Error::None);
    CHECK(savedPdf.pageCount() == 1);

    const QString printedFile = f.dir.file(QStringLiteral("printed.pdf"));
    dialog->setPrintChooser([&](QWidget*, QPrinter& printer) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printedFile);
        return true;
    });
    QTest::mouseClick(button(*dialog, QStringLiteral("&Print…")), Qt::LeftButton);
    QPdfDocument printed;
    REQUIRE(printed.load(printedFile) == QPdfDocument::Error::None);
    CHECK(printed.pageCount() == 1);

    auto audit = AuditLog(*f.ws).latest(2);
    REQUIRE(audit.ok());
    REQUIRE(audit->size() == 2);
    CHECK(audit->at(0).action == QStringLiteral("print.handover"));
    CHECK(audit->at(1).action == QStringLiteral("print.handover"));
    dialog->close();
}

TEST_CASE("gui: the handover can be limited to some patients")
{
    GuiFixture f;
    PrintingPage page(*f.ws);
    page.show();
    page.setKind(printing::PrintKind::Handover);
    page.setPatient(QStringLiteral("T1-000999-X, ") + f.patient.downtimeNumber);
    PrintPreviewDialog* dialog = page.preview();
    INFO(page.message().toStdString());
    REQUIRE(dialog);
    const QString text = dialog->pdfDocument()->getAllText(0).text().simplified();
    CHECK(text.contains(QStringLiteral("DUPONT Jeanne")));
    CHECK(text.contains(QStringLiteral("selected patients")));
    dialog->close();
}

TEST_CASE("gui: a patient printout needs a known patient, said on the page")
{
    GuiFixture f;
    PrintingPage page(*f.ws);
    page.show();
    page.setKind(printing::PrintKind::Labels);
    CHECK(page.preview() == nullptr);
    CHECK(page.message().contains(QStringLiteral("downtime number")));

    page.setPatient(QStringLiteral("999999"));
    CHECK(page.preview() == nullptr);
    CHECK_FALSE(page.message().isEmpty());

    page.setPatient(f.patient.downtimeNumber);
    PrintPreviewDialog* dialog = page.preview();
    REQUIRE(dialog);
    CHECK(dialog->pageCount() == 1);
    // A cancelled print dialog prints nothing.
    dialog->setPrintChooser([](QWidget*, QPrinter&) { return false; });
    QTest::mouseClick(button(*dialog, QStringLiteral("&Print…")), Qt::LeftButton);
    auto audit = AuditLog(*f.ws).latest(1);
    REQUIRE(audit.ok());
    CHECK(audit->first().action != QStringLiteral("print.labels"));
    dialog->close();
}
