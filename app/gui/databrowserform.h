// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include <QHash>
#include <QString>
#include <QWidget>

#include <optional>
#include <vector>

class QGridLayout;
class QLabel;
class QLineEdit;

namespace aicarbon {

/// A grid of labelled fields for the user device and region dialogs: "label [field] unit",
/// with a message line under each field. Fields are keyed by the diagnostic path that
/// names them ("/tdp_w"), so each Diagnostic is shown next to its field.
class DataBrowserForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataBrowserForm)

public:
    explicit DataBrowserForm(QWidget* parent = nullptr);
    ~DataBrowserForm() override;

    /// Adds a row for `field`; the field's object name becomes the path without "/".
    void addField(const QString& path, const QString& label, QWidget* field, const QString& unit = {});
    /// Adds a line edit for an optional number (empty = unknown).
    QLineEdit* addNumber(const QString& path, const QString& label, const QString& unit,
                         const QString& placeholder = {});
    QLineEdit* addText(const QString& path, const QString& label, const QString& placeholder = {});
    /// A message line without a field, for diagnostics about a group ("/peak_tflops").
    void addMessageLine(const QString& path);
    void addHeading(const QString& text);

    bool hasPath(const QString& path) const { return m_messages.contains(path); }
    /// True once the user typed into the field of that path.
    bool isTouched(const QString& path) const { return m_touched.value(path, false); }
    /// True for an empty text field the user has not typed into yet: a new entry's
    /// required field whose problem need not be shown in red before the user gets there.
    bool isPending(const QString& path) const;
    void clearMessages();
    /// Appends a message under the field of `path`; false when this form has no such path.
    bool addMessage(const QString& path, const QString& text, Severity severity = Severity::Error);

    /// The translated text for a core diagnostic, by code and path; falls back to its message.
    static QString messageText(const Diagnostic& diagnostic);
    /// Parses a number in the UI locale (or with a '.' decimal point); empty = nullopt.
    /// `ok` is false when the text is not a number.
    static std::optional<double> parseNumber(const QString& text, bool* ok);

Q_SIGNALS:
    /// Any field changed.
    void edited();

private:
    void watch(const QString& path, QWidget* field);
    QLabel* messageLabel(const QString& path);

    QGridLayout* m_grid;
    QHash<QString, QLabel*> m_messages;
    QHash<QString, QLineEdit*> m_edits;
    QHash<QString, bool> m_touched;
};

} // namespace aicarbon
