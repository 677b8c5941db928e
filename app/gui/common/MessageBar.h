#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace wp::gui {

/// A coloured strip above the content that says what went wrong (or right) without
/// a popup: errors are shown inline, never silently.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Success, Warning, Error };

    explicit MessageBar(QWidget* parent = nullptr);

    void showMessage(const QString& text, Kind kind);
    void showError(const QString& text) { showMessage(text, Kind::Error); }
    void showInformation(const QString& text) { showMessage(text, Kind::Information); }
    void showSuccess(const QString& text) { showMessage(text, Kind::Success); }

    QString text() const;
    Kind kind() const { return m_kind; }

public slots:
    void dismiss();

private:
    QLabel* m_icon;
    QLabel* m_text;
    QToolButton* m_close;
    Kind m_kind = Kind::Information;
};

} // namespace wp::gui
