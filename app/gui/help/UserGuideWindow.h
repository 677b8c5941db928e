#pragma once

#include <QDialog>

class QTextBrowser;
class QLabel;

namespace wp::gui {

/// The user guide shipped inside the application (docs/, compiled in as a resource), shown
/// offline: no browser, no network. Chapters link to each other and show their screenshots.
class UserGuideWindow : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideWindow(QWidget* parent = nullptr);

    /// Opens a chapter by its file name in docs/ ("user-guide-nurses.md"); the contents
    /// page when the chapter is not shipped.
    void openChapter(const QString& fileName);
    /// The file name of the chapter on screen.
    QString currentChapter() const;
    QTextBrowser* browser() const { return m_browser; }

    /// Where the shipped guide lives (a Qt resource folder).
    static QString guideRoot() { return QStringLiteral(":/guide"); }
    static QString contentsChapter() { return QStringLiteral("README.md"); }

private:
    QTextBrowser* m_browser = nullptr;
};

} // namespace wp::gui
