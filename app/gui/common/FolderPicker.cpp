#include "FolderPicker.h"

#include <QFileDialog>

namespace wp::gui {

std::optional<QString>& FolderPicker::nextAnswer()
{
    static std::optional<QString> answer;
    return answer;
}

void FolderPicker::setNextAnswer(const QString& folder)
{
    nextAnswer() = folder;
}

bool FolderPicker::hasNextAnswer()
{
    return nextAnswer().has_value();
}

QString FolderPicker::existingDirectory(QWidget* parent, const QString& caption, const QString& startDir)
{
    if (auto& answer = nextAnswer(); answer) {
        const QString folder = *answer;
        answer.reset();
        return folder;
    }
    return QFileDialog::getExistingDirectory(parent, caption, startDir);
}

} // namespace wp::gui
