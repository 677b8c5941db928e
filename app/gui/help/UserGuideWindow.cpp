#include "UserGuideWindow.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace wp::gui {

UserGuideWindow::UserGuideWindow(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("userGuideWindow"));
    setWindowTitle(tr("WhitePlan user guide"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("userGuideBrowser"));
    m_browser->setSearchPaths({guideRoot()});
    // The guide's links to the repository (../README.md) and to the web are not followed: the
    // guide must read the same with no network, so only its own chapters open.
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme().isEmpty() || url.scheme() == QLatin1String("qrc")) {
            const QString name = QFileInfo(url.path()).fileName();
            if (!url.path().isEmpty()) {
                openChapter(name);
            }
            if (url.hasFragment()) {
                m_browser->scrollToAnchor(url.fragment());
            }
        }
    });

    auto* back = new QPushButton(tr("&Back"), this);
    back->setObjectName(QStringLiteral("userGuideBack"));
    back->setEnabled(false);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    auto* contents = new QPushButton(tr("&Contents"), this);
    contents->setObjectName(QStringLiteral("userGuideContents"));
    connect(contents, &QPushButton::clicked, this, [this] { openChapter(contentsChapter()); });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* bar = new QHBoxLayout;
    bar->addWidget(back);
    bar->addWidget(contents);
    bar->addStretch(1);
    bar->addWidget(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addLayout(bar);
    resize(900, 700);
    openChapter(contentsChapter());
}

void UserGuideWindow::openChapter(const QString& fileName)
{
    QString name = QFileInfo(fileName).fileName();
    if (name.isEmpty() || !QFileInfo::exists(guideRoot() + QLatin1Char('/') + name)) {
        name = contentsChapter();
    }
    m_browser->setSource(QUrl(QStringLiteral("qrc") + guideRoot() + QLatin1Char('/') + name),
                         QTextDocument::MarkdownResource);
}

QString UserGuideWindow::currentChapter() const
{
    return QFileInfo(m_browser->source().path()).fileName();
}

} // namespace wp::gui
