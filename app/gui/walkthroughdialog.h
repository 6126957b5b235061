// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appcontext.h"

#include <QDialog>

namespace aicarbon {

/// "How this was computed" one step at a time, in large type for a projector: the step's
/// title, a plain-language explanation, the formula, the numbers substituted and the
/// source, with "Step 3 of 14" and Previous/Next. Keys: Left/Right, PageUp/PageDown (what
/// presenter remotes send), Space, Home/End; F11 toggles full screen; Esc closes.
/// Non-modal; follows the current scenario and its edits (keeping the step when it can),
/// the display settings and the language. Reads estimates only.
class WalkthroughDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WalkthroughDialog)

public:
    explicit WalkthroughDialog(const AppContext& context, QWidget* parent = nullptr);
    ~WalkthroughDialog() override;

    /// The step shown, 0-based; -1 when there is none (no scenario, or one with errors).
    int currentStep() const;
    int stepCount() const;
    /// The titles of the steps, in order (e.g. to show a given step).
    QStringList stepTitles() const;

public Q_SLOTS:
    void setCurrentScenario(int index);
    /// Shows step `index`, clamped to the steps there are.
    void setStep(int index);
    void nextStep();
    void previousStep();
    void toggleFullScreen();

Q_SIGNALS:
    void stepChanged(int step);

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    struct Private;
    Private* d;
};

} // namespace aicarbon
