#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace wp::gui {

/// Asks for an existing folder (QFileDialog). Tests queue the "next answer" so that no
/// blocking dialog opens.
class FolderPicker
{
public:
    /// The folder chosen, or an empty string when the user cancelled.
    static QString existingDirectory(QWidget* parent, const QString& caption, const QString& startDir = {});

    /// The next call returns `folder` (empty: as if cancelled) without opening a dialog.
    static void setNextAnswer(const QString& folder);
    static bool hasNextAnswer();

private:
    static std::optional<QString>& nextAnswer();
};

} // namespace wp::gui
