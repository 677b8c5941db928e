#include "PrintingFixture.h"
#include "foundation/TextRules.h"
#include "printing/HandoverSheet.h"
#include "printing/LabelSheet.h"
#include "printing/TransferLetter.h"

#include <QImage>

#include <catch2/catch.hpp>

using namespace wp;
using namespace wp::printing;

namespace {

// A patient with the longest names the limits accept: one unbroken word each (the widest
// letters), or many words.
Patient longestPatient(test::PrintingFixture& f, bool unbroken)
{
    const QString birth =
        unbroken ? QString(TextRules::NameLength, QLatin1Char('W'))
                 : QStringLiteral("Wolfeschlegel Steinhausen ").repeated(4).left(TextRules::NameLength);
    const QString used = unbroken
                             ? QString(TextRules::NameLength, QLatin1Char('M'))
                             : QStringLiteral("Montmorency Laval ").repeated(6).left(TextRules::NameLength);
    const QString first =
        unbroken ? QString(TextRules::NameLength, QLatin1Char('W'))
                 : QStringLiteral("Marie-Geneviève Anne ").repeated(5).left(TextRules::NameLength);
    Patient p = f.addPatient(QStringLiteral("MED"), QStringLiteral("4"), birth.trimmed(), first.trimmed(), 2,
                             QStringLiteral("Penicillin"));
    p.usedName = used.trimmed();
    auto updated = PatientService(f.ws()).updateIdentity(p, QStringLiteral("married name"));
    REQUIRE(updated.ok());
    return *updated;
}

QRectF visible(const PrintCanvas::DrawnText& t)
{
    return t.needed.intersected(t.rect);
}

// Nothing cut by its box, no two pieces of text on one another, and the whole name printed
// somewhere on every page.
void checkLayout(const std::vector<PrintCanvas::DrawnText>& log, int pages, const QString& name,
                 double tolerance)
{
    REQUIRE_FALSE(log.empty());
    for (const auto& t : log) {
        INFO("page " << t.page << ": \"" << t.text.left(80).toStdString() << "\"");
        CHECK(t.needed.width() <= t.rect.width() + tolerance);
        CHECK(t.needed.height() <= t.rect.height() + tolerance);
    }
    for (size_t i = 0; i < log.size(); ++i) {
        for (size_t j = i + 1; j < log.size(); ++j) {
            if (log[i].page != log[j].page) {
                continue;
            }
            const QRectF both = visible(log[i]).intersected(visible(log[j]));
            INFO("page " << log[i].page << ": \"" << log[i].text.left(60).toStdString() << "\" and \""
                         << log[j].text.left(60).toStdString() << "\"");
            CHECK((both.isEmpty() || both.width() <= tolerance || both.height() <= tolerance));
        }
    }
    for (int page = 0; page < pages; ++page) {
        bool whole = false;
        for (const auto& t : log) {
            whole = whole || (t.page == page && t.text.contains(name));
        }
        INFO("page " << page);
        CHECK(whole);
    }
}

template<typename Document>
void render(Document& doc, test::PrintingFixture& f, const QString& file,
            std::vector<PrintCanvas::DrawnText>& log)
{
    doc.setTextLog(&log);
    REQUIRE(doc.writePdf(f.dir().file(file)).ok());
    // Kept for a look at the result: WHITEPLAN_KEEP_PRINTS=DIR copies the page images there.
    if (const QByteArray keep = qgetenv("WHITEPLAN_KEEP_PRINTS"); !keep.isEmpty()) {
        QPdfDocument pdf;
        test::loadPdf(pdf, f.dir().file(file));
        for (int i = 0; i < pdf.pageCount(); ++i) {
            pdf.render(i, (pdf.pagePointSize(i) * 110.0 / 72.0).toSize())
                .save(QStringLiteral("%1/%2-%3.png").arg(QString::fromLocal8Bit(keep), file).arg(i));
        }
    }
}

} // namespace

TEST_CASE("The longest accepted names print whole, with no text over another")
{
    const bool unbroken = GENERATE(true, false);
    INFO((unbroken ? "unbroken names" : "names of many words"));
    test::PrintingFixture f;
    const Patient p = longestPatient(f, unbroken);
    const double tolerance = 300 / 25.4 * 0.3; // 0.3 mm at 300 dpi

    SECTION("wristband and labels")
    {
        auto labels = LabelSheet::build(f.ws(), p);
        REQUIRE(labels.ok());
        std::vector<PrintCanvas::DrawnText> log;
        render(**labels, f, QStringLiteral("labels-%1.pdf").arg(unbroken), log);
        checkLayout(log, (*labels)->pageCount(), p.displayName(), tolerance);
        // The birth date and the number are never pushed off the wristband or a label.
        int born = 0;
        int numbers = 0;
        for (const auto& t : log) {
            born += t.text.startsWith(QStringLiteral("Born ")) ? 1 : 0;
            numbers += t.text == QStringLiteral("No. %1").arg(p.downtimeNumber) ? 1 : 0;
        }
        CHECK(born == 1 + LabelSheet::rows * LabelSheet::columns);
        CHECK(numbers == 1 + LabelSheet::rows * LabelSheet::columns);
    }
    SECTION("transfer letter")
    {
        auto letter = TransferLetter::build(f.ws(), p);
        REQUIRE(letter.ok());
        std::vector<PrintCanvas::DrawnText> log;
        render(**letter, f, QStringLiteral("transfer-%1.pdf").arg(unbroken), log);
        checkLayout(log, (*letter)->pageCount(), p.displayName(), tolerance);
    }
    SECTION("handover sheet")
    {
        HandoverOptions options;
        options.wardCode = QStringLiteral("MED");
        options.patients = {p.downtimeNumber};
        auto sheet = HandoverSheet::build(f.ws(), options);
        REQUIRE(sheet.ok());
        std::vector<PrintCanvas::DrawnText> log;
        render(**sheet, f, QStringLiteral("handover-%1.pdf").arg(unbroken), log);
        checkLayout(log, 1, p.displayName(), tolerance);
    }
}
