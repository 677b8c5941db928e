#pragma once

#include <QMessageBox>
#include <QStringList>

namespace wp::gui {

/// The few message boxes WhitePlan needs (start-up failures, confirmations). Tests
/// queue the answers: a queued answer is returned at once and the text is recorded,
/// so that nothing blocks offscreen.
class Ask
{
public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void tell(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text);

    static void queueAnswer(QMessageBox::StandardButton answer);
    static int queuedAnswers();
    /// Texts of the boxes answered from the queue, oldest first.
    static QStringList answeredTexts();
    static void reset();
};

} // namespace wp::gui
