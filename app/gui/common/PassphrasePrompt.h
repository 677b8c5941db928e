#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace wp::gui {

/// Asks for a new passphrase, typed twice, held to the bundle rule (BundlePassphrase) before
/// OK is allowed. Tests queue the "next answer" so that no blocking dialog opens.
class PassphrasePrompt
{
    Q_DECLARE_TR_FUNCTIONS(PassphrasePrompt)

public:
    /// The passphrase (UTF-8), or nullopt when the user cancelled.
    static std::optional<QByteArray> askNew(QWidget* parent, const QString& title, const QString& text);

    /// The next call returns `answer` (nullopt: as if cancelled) without opening a dialog.
    static void setNextAnswer(const std::optional<QByteArray>& answer);
    static bool hasNextAnswer();
};

} // namespace wp::gui
