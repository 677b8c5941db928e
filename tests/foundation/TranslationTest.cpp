#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    bool finished = false;
};

QList<Message> readTs(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                current = Message{context, {}, false};
            } else if (xml.name() == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                const bool marked = type == QLatin1String("unfinished") ||
                                    type == QLatin1String("vanished") || type == QLatin1String("obsolete");
                // Plural forms nest <numerusform> elements: read the whole element's text.
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                current.finished = !marked && !text.trimmed().isEmpty();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << current;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

} // namespace

TEST_CASE("The French translation covers every user-visible string")
{
    wp::test::TempDir tmp;
    const QString fresh = tmp.file(QStringLiteral("whiteplan_fr.ts"));
    const QString source = QStringLiteral(WHITEPLAN_SOURCE_DIR);
    QProcess lupdate;
    lupdate.start(QStringLiteral(WHITEPLAN_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral("-extensions"), QStringLiteral("cpp,h"),
                   source + QStringLiteral("/app"), source + QStringLiteral("/db"), QStringLiteral("-ts"),
                   fresh});
    REQUIRE(lupdate.waitForFinished(180000));
    REQUIRE(lupdate.exitCode() == 0);

    QHash<QString, bool> committed;
    for (const auto& m : readTs(source + QStringLiteral("/resources/translations/whiteplan_fr.ts"))) {
        committed.insert(m.context + QChar(0x1f) + m.source, m.finished);
    }
    QStringList missing;
    const auto messages = readTs(fresh);
    REQUIRE(messages.size() > 100);
    for (const auto& m : messages) {
        if (!committed.value(m.context + QChar(0x1f) + m.source, false)) {
            missing << m.context + QStringLiteral(": ") + m.source;
        }
    }
    INFO("Untranslated (run the update_translations target, then translate): "
         << missing.mid(0, 15).join(QStringLiteral("\n")).toStdString());
    CHECK(missing.size() == 0);
}
