#include "TheatrePrintCommand.h"

#include "CliSession.h"
#include "OptionValues.h"
#include "PrintTargetOptions.h"
#include "theatreplan/TheatrePrintouts.h"

#include <QDir>
#include <QPainter>
#include <QPdfDocument>
#include <QPrinter>
#include <QTemporaryDir>

namespace wp::cli {

namespace {

/// Prints a laid-out PDF page by page as images at the printer's resolution; returns the page count.
int printPdf(const QString& path, QPrinter& printer)
{
    QPdfDocument document;
    if (document.load(path) != QPdfDocument::Error::None || document.pageCount() == 0) {
        return 0;
    }
    QPainter painter;
    if (!painter.begin(&printer)) {
        return 0;
    }
    for (int page = 0; page < document.pageCount(); ++page) {
        if (page > 0) {
            printer.newPage();
        }
        const QRect target = painter.viewport();
        const QSizeF points = document.pagePointSize(page);
        const QSize pixels = (points * printer.resolution() / 72.0).toSize().boundedTo(target.size());
        const QImage image = document.render(page, pixels);
        painter.drawImage(QRect(target.topLeft(), image.size().scaled(target.size(), Qt::KeepAspectRatio)),
                          image);
    }
    painter.end();
    return document.pageCount();
}

int pageCount(const QString& path)
{
    QPdfDocument document;
    return document.load(path) == QPdfDocument::Error::None ? document.pageCount() : 0;
}

} // namespace

QString TheatrePrintCommand::summary() const
{
    return tr(
        "Print the theatre day list, the letters to patients or the call list (daylist|letters|calllist).");
}

int TheatrePrintCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    addUserOptions(parser);
    parser.addPositionalArgument(QStringLiteral("document"), tr("daylist, letters or calllist."));
    const PrintTargetOptions targetOptions;
    targetOptions.addTo(parser);
    parser.addOption({QStringLiteral("date"), tr("Day of the day list (default: today)."), tr("YYYY-MM-DD")});
    int code = 0;
    if (!parse(parser, arguments, io, code)) {
        return code;
    }
    const QStringList words = parser.positionalArguments();
    if (words.size() != 1) {
        return fail(io, tr("Say which printout: daylist, letters or calllist."));
    }
    const auto kind = theatre::TheatrePrintouts::kindFromCode(words.first());
    if (!kind) {
        return fail(io, tr("Unknown printout \"%1\": daylist, letters or calllist.").arg(words.first()));
    }
    const auto target = targetOptions.read(parser);
    if (!target) {
        return fail(io, target.error());
    }
    const QString& out = target->pdf;
    const QString& printerName = target->printer;
    QDate day = QDate::currentDate();
    if (parser.isSet(QStringLiteral("date"))) {
        if (*kind != theatre::TheatrePrintouts::Kind::DayList) {
            return fail(io, tr("--date is for the day list only."));
        }
        const auto given = OptionValues(parser).date(QStringLiteral("date"), day);
        if (!given) {
            return fail(io, given.error());
        }
        day = *given;
    }
    auto ws = CliSession::openAsUser(parser, io);
    if (!ws) {
        return fail(io, ws.error());
    }
    if (!parser.isSet(QStringLiteral("date"))) {
        day = (*ws)->clock().now().date();
    }
    theatre::TheatrePrintouts printouts(**ws);
    if (!out.isEmpty()) {
        if (auto st = printouts.writePdf(*kind, out, day); !st) {
            return fail(io, st.error());
        }
        io.out << tr("%n page(s) written to %1", nullptr, pageCount(out)).arg(QDir::toNativeSeparators(out))
               << Qt::endl;
        return ExitOk;
    }
    QTemporaryDir tmp;
    const QString pdf = tmp.filePath(QStringLiteral("theatre.pdf"));
    if (auto st = printouts.writePdf(*kind, pdf, day, false); !st) {
        return fail(io, st.error());
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPrinterName(printerName);
    printer.setOutputFormat(QPrinter::NativeFormat);
    printer.setDocName(QStringLiteral("WhitePlan theatre-%1").arg(theatre::TheatrePrintouts::code(*kind)));
    const int pages = printPdf(pdf, printer);
    if (pages == 0) {
        return fail(io, tr("The printer %1 could not be started.").arg(printerName), ExitIoFailure);
    }
    if (auto st = printouts.audit(*kind, printerName, day); !st) {
        return fail(io, st.error());
    }
    io.out << tr("%n page(s) sent to %1", nullptr, pages).arg(printerName) << Qt::endl;
    return ExitOk;
}

} // namespace wp::cli
