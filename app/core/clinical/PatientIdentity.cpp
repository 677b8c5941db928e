#include "PatientIdentity.h"

#include "Nir.h"
#include "foundation/QuotedText.h"
#include "foundation/TextRules.h"

#include <QRegularExpression>

namespace wp::clinical {

namespace {

constexpr int MaximumAge = 130;
constexpr qsizetype MaximumIppLength = 32;

// Names may use any alphabet with accents, plus the separators found in real names. Whole
// code points: an emoji is reported as itself, not as half of a surrogate pair.
std::optional<QString> badNameCharacter(const QString& name)
{
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name[i];
        if (c.isLetter() || c.isMark() || c == QLatin1Char(' ') || c == QLatin1Char('-') ||
            c == QLatin1Char('\'') || c == QChar(0x2019) || c == QLatin1Char('.'))
            continue;
        const bool pair = c.isHighSurrogate() && i + 1 < name.size() && name[i + 1].isLowSurrogate();
        if (pair && QChar::isLetter(QChar::surrogateToUcs4(c, name[i + 1]))) {
            ++i;
            continue;
        }
        return name.mid(i, pair ? 2 : 1);
    }
    return std::nullopt;
}

// Messages show a date as the fields and printouts do, not as it is stored.
QString shownDate(const QDate& d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

// The length limit first (a 1 MB name is not scanned for its first bad character), then
// the characters; both name the field.
void checkName(FieldIssues& issues, const char* field, const QString& label, const QString& name)
{
    const auto error = [&](const QString& message) {
        issues.append({QLatin1String(field), message, FieldIssue::Severity::Error});
    };
    if (auto p = TextRules::check(name, TextRules::NameLength);
        p && p->kind == TextRules::Problem::Kind::TooLong) {
        error(TextRules::sentence(label, *p));
    } else if (auto c = badNameCharacter(name)) {
        error(PatientIdentity::tr("%1 contains %2, which is not allowed in a name.")
                  .arg(label, QuotedText::quote(*c)));
    }
}

} // namespace

FieldIssues PatientIdentity::validate(const QDate& today) const
{
    FieldIssues issues;
    auto error = [&issues](const char* field, const QString& message) {
        issues.append({QLatin1String(field), message, FieldIssue::Severity::Error});
    };
    auto warning = [&issues](const char* field, const QString& message) {
        issues.append({QLatin1String(field), message, FieldIssue::Severity::Warning});
    };

    if (birthName.trimmed().isEmpty())
        error("birth_name", tr("The birth name is required."));
    else
        checkName(issues, "birth_name", tr("The birth name"), birthName);
    checkName(issues, "used_name", tr("The used name"), usedName);
    if (firstNames.trimmed().isEmpty())
        error("first_names", tr("At least one first name is required."));
    else
        checkName(issues, "first_names", tr("The first names"), firstNames);

    if (!birthDate.isValid())
        error("birth_date", tr("The date of birth is required."));
    else if (today.isValid() && birthDate > today)
        error("birth_date", tr("The date of birth %1 is in the future.").arg(shownDate(birthDate)));
    else if (today.isValid() && birthDate < today.addYears(-MaximumAge))
        error(
            "birth_date",
            tr("The date of birth %1 is more than %2 years ago.").arg(shownDate(birthDate)).arg(MaximumAge));

    if (!birthPlace.isEmpty()) {
        static const QRegularExpression insee(QStringLiteral("^(\\d{5}|2[AB]\\d{3})$"));
        if (!insee.match(birthPlace.trimmed().toUpper()).hasMatch()) {
            error("birth_place", tr("The birth place should be an INSEE code of 5 characters (for example "
                                    "75056, 2A004 or 99100), "
                                    "not %1.")
                                     .arg(QuotedText::quote(birthPlace)));
        }
    }

    const QString trimmedIpp = ipp.trimmed();
    if (auto p = TextRules::check(trimmedIpp, 0); p)
        error("ipp", TextRules::sentence(tr("The IPP"), *p));
    else if (trimmedIpp.size() > MaximumIppLength)
        error("ipp", tr("The IPP has %1 characters, at most %2 are expected.")
                         .arg(trimmedIpp.size())
                         .arg(MaximumIppLength));
    else if (trimmedIpp.contains(QRegularExpression(QStringLiteral("\\s"))))
        error("ipp", tr("The IPP cannot contain spaces."));

    if (ins.trimmed().isEmpty()) {
        if (status == IdentityStatus::Qualified)
            error("ins", tr("A qualified identity needs its INS."));
    } else if (auto nir = Nir::parse(ins); !nir) {
        error("ins", nir.errorMessage());
    } else {
        // The INS carries traits of its own: a mismatch means the INS or the traits are wrong.
        const Sex insSex = nir->sexDigit() == 1 ? Sex::Male : Sex::Female;
        if (sex != Sex::Unknown && sex != insSex) {
            error("ins", tr("The INS is that of a %1 person, but the sex is %2.")
                             .arg(label(insSex).toLower(), label(sex).toLower()));
        } else if (sex == Sex::Unknown && status == IdentityStatus::Qualified) {
            error("sex", tr("A qualified identity needs the sex of its INS."));
        }
        if (birthDate.isValid() && birthDate.year() % 100 != nir->birthYear2()) {
            error("ins", tr("The INS gives a year of birth ending in %1, but the date of birth is %2.")
                             .arg(nir->birthYear2(), 2, 10, QLatin1Char('0'))
                             .arg(shownDate(birthDate)));
        } else if (birthDate.isValid() && nir->birthMonth() && *nir->birthMonth() != birthDate.month()) {
            error("ins", tr("The INS gives month %1 of birth, but the date of birth is %2.")
                             .arg(*nir->birthMonth(), 2, 10, QLatin1Char('0'))
                             .arg(shownDate(birthDate)));
        }
        // Communes merge and get new codes, so a different birth place only deserves a second look.
        const QString place = birthPlace.trimmed().toUpper();
        if (!place.isEmpty() && place != nir->text().mid(5, 5)) {
            warning("birth_place",
                    tr("The INS gives the birth place %1, not %2.").arg(nir->text().mid(5, 5), place));
        }
    }
    return issues;
}

QString PatientIdentity::displayName() const
{
    const QString birth = birthName.trimmed().toUpper();
    const QString used = usedName.trimmed().toUpper();
    QString name;
    if (used.isEmpty() || used == birth)
        name = birth;
    else
        name = tr("%1 (born %2)").arg(used, birth);
    const QString first = firstNames.simplified();
    return first.isEmpty() ? name : name + QLatin1Char(' ') + first;
}

} // namespace wp::clinical
