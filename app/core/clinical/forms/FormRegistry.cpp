#include "FormRegistry.h"

#include "FormDefinitionParser.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace wp::clinical {

void FormRegistry::reload(const QString& extraFolder)
{
    m_forms.clear();
    m_problems.clear();
    loadFolder(builtinFolder());
    if (!extraFolder.isEmpty())
        loadFolder(extraFolder);
}

void FormRegistry::loadFolder(const QString& folder, bool mustExist)
{
    const QDir dir(folder);
    if (!dir.exists()) {
        if (mustExist)
            m_problems.append({folder, tr("%1: the forms folder does not exist.").arg(folder)});
        return;
    }
    const QStringList names =
        dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString& name : names) {
        const QString path = dir.filePath(name);
        auto parsed = FormDefinitionParser::load(path);
        if (!parsed) {
            m_problems.append({path, parsed.errorMessage()});
            continue;
        }
        if (const auto* existing = form(parsed->id, parsed->version)) {
            m_problems.append(
                {path, tr("%1: form '%2' version %3 is already defined by %4; this file is ignored.")
                           .arg(name, parsed->id)
                           .arg(parsed->version)
                           .arg(existing->sourceFile)});
            continue;
        }
        m_forms.append(std::move(parsed).value());
    }
}

QList<const FormDefinition*> FormRegistry::forms() const
{
    QList<const FormDefinition*> out;
    for (const auto& f : m_forms) {
        if (form(f.id) == &f)
            out.append(&f);
    }
    std::sort(out.begin(), out.end(), [](const auto* a, const auto* b) { return a->id < b->id; });
    return out;
}

const FormDefinition* FormRegistry::form(const QString& id) const
{
    const FormDefinition* best = nullptr;
    for (const auto& f : m_forms) {
        if (f.id == id && (!best || f.version > best->version))
            best = &f;
    }
    return best;
}

const FormDefinition* FormRegistry::form(const QString& id, int version) const
{
    for (const auto& f : m_forms) {
        if (f.id == id && f.version == version)
            return &f;
    }
    return nullptr;
}

} // namespace wp::clinical
