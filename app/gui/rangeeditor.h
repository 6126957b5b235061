// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inputrange.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace aicarbon {

/// The uncertainty range of one numeric input (methodology §13): "from [low] to [high],
/// [distribution]" and a remove button, with an inline message for bad bounds. Bounds are
/// read in the current QLocale; a range is only emitted when it is valid around the
/// field's central value.
class RangeEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RangeEditor)

public:
    explicit RangeEditor(QWidget* parent = nullptr);

    /// Shows `range` (nullopt: empty bounds) around the field's `central` value; keeps
    /// bounds the user is typing when they already mean `range`.
    void setRange(std::optional<InputRange> range, std::optional<double> central);
    QString inputError() const;

Q_SIGNALS:
    /// A valid range was entered, or the range was removed (nullopt).
    void rangeEdited(std::optional<aicarbon::InputRange> range);

private:
    void commit();
    /// The range in the fields, or nullopt with the reason in `error`.
    std::optional<InputRange> parse(QString* error) const;
    void showError(const QString& error);

    QLineEdit* m_low;
    QLineEdit* m_high;
    QComboBox* m_distribution;
    QToolButton* m_remove;
    QLabel* m_message;
    std::optional<InputRange> m_range;
    std::optional<double> m_central;
};

} // namespace aicarbon
