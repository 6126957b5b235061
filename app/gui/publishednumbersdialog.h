// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appcontext.h"

#include <QDialog>

namespace aicarbon {

class PublishedNumbersView;

/// The Published Numbers view in a non-modal window (Lessons → Published Numbers…).
class PublishedNumbersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishedNumbersDialog)

public:
    explicit PublishedNumbersDialog(const AppContext& context, QWidget* parent = nullptr);

    PublishedNumbersView* view() const { return m_view; }

protected:
    void changeEvent(QEvent* event) override;

private:
    PublishedNumbersView* m_view;
};

/// Shows the Published Numbers window of `parent` (non-modal, deleted when closed), creating
/// it the first time and raising it afterwards. Returns it.
PublishedNumbersDialog* showPublishedNumbers(const AppContext& context, QWidget* parent);

} // namespace aicarbon
