// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariocommands.h"
#include "editorfields.h"

#include "scenariodocument.h"

#include <QCoreApplication>
#include <QHash>
#include <QUndoCommand>

#include <map>

namespace aicarbon {

namespace {

/// Replaces one scenario; merges with the next edit of the same field of the same scenario.
/// The translated label of an edited field for the undo text ("Edit MFU"); the field
/// name itself stays the untranslated merge key.
QString fieldLabel(const QString& field)
{
    static const std::map<QString, const char*> labels {
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("ScenarioEditor", "Name")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("ScenarioEditor", "Description")},
        {QStringLiteral("workload.model"), QT_TRANSLATE_NOOP("ScenarioEditor", "Model preset")},
        {QStringLiteral("hardware.device"), QT_TRANSLATE_NOOP("ScenarioEditor", "Device")},
        {QStringLiteral("hardware.precision"), QT_TRANSLATE_NOOP("ScenarioEditor", "Precision")},
        {QStringLiteral("facility.region"), QT_TRANSLATE_NOOP("ScenarioEditor", "Region")},
        {QStringLiteral("facility.intensitySource"), QT_TRANSLATE_NOOP("ScenarioEditor", "Intensity series")},
        {QStringLiteral("search.method"), QT_TRANSLATE_NOOP("ScenarioEditor", "Method")},
        {QStringLiteral("search.gridSizes"), QT_TRANSLATE_NOOP("ScenarioEditor", "Grid sizes")},
        {QStringLiteral("embodied.include"), QT_TRANSLATE_NOOP("ScenarioEditor", "Embodied emissions")},
        {QStringLiteral("cost.currency"), QT_TRANSLATE_NOOP("ScenarioEditor", "Currency")},
    };
    const bool range = field.endsWith(QLatin1StringView(".range"));
    const QString key = range ? field.chopped(6) : field;
    QString label = key;
    if (const EditorFieldSpec* spec = editorField(key.toStdString()))
        label = QCoreApplication::translate("ScenarioEditor", spec->label);
    else if (const auto it = labels.find(key); it != labels.end())
        label = QCoreApplication::translate("ScenarioEditor", it->second);
    return range ? label + QStringLiteral(" ±") : label;
}

class EditScenario final : public QUndoCommand
{
public:
    EditScenario(ScenarioDocument* document, int index, Scenario after, const QString& field)
        : m_document(document)
        , m_index(index)
        , m_before(document->scenario(index))
        , m_after(std::move(after))
        , m_field(field)
    {
        setText(QCoreApplication::translate("Command", "Edit %1").arg(fieldLabel(field)));
    }
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const EditScenario*>(other);
        if (next->m_index != m_index || next->m_field != m_field)
            return false;
        m_after = next->m_after;
        setObsolete(m_after == m_before);
        return true;
    }
    void redo() override { m_document->replaceScenario(m_index, m_after); }
    void undo() override { m_document->replaceScenario(m_index, m_before); }

private:
    ScenarioDocument* m_document;
    int m_index;
    Scenario m_before;
    Scenario m_after;
    QString m_field;
};

class InsertScenario final : public QUndoCommand
{
public:
    InsertScenario(ScenarioDocument* document, int index, Scenario scenario, const QString& text)
        : QUndoCommand(text)
        , m_document(document)
        , m_index(index)
        , m_scenario(std::move(scenario))
        , m_slot(document->freeColorSlot())
    { }
    void redo() override { m_document->insertScenario(m_index, m_scenario, m_slot); }
    void undo() override { m_document->takeScenario(m_index); }

private:
    ScenarioDocument* m_document;
    int m_index;
    Scenario m_scenario;
    int m_slot;
};

class RemoveScenario final : public QUndoCommand
{
public:
    RemoveScenario(ScenarioDocument* document, int index)
        : QUndoCommand(QCoreApplication::translate("Command", "Delete scenario"))
        , m_document(document)
        , m_index(index)
        , m_slot(document->colorSlot(index))
        , m_wasBaseline(document->baseline() == index)
    { }
    void redo() override { m_scenario = m_document->takeScenario(m_index); }
    void undo() override
    {
        m_document->insertScenario(m_index, m_scenario, m_slot);
        if (m_wasBaseline)
            m_document->setBaselineIndex(m_index);
    }

private:
    ScenarioDocument* m_document;
    int m_index;
    int m_slot;
    bool m_wasBaseline;
    Scenario m_scenario;
};

class MoveScenario final : public QUndoCommand
{
public:
    MoveScenario(ScenarioDocument* document, int from, int to)
        : QUndoCommand(QCoreApplication::translate("Command", "Move scenario"))
        , m_document(document)
        , m_from(from)
        , m_to(to)
    { }
    void redo() override { m_document->moveScenario(m_from, m_to); }
    void undo() override { m_document->moveScenario(m_to, m_from); }

private:
    ScenarioDocument* m_document;
    int m_from;
    int m_to;
};

class SetBaseline final : public QUndoCommand
{
public:
    SetBaseline(ScenarioDocument* document, int index)
        : QUndoCommand(QCoreApplication::translate("Command", "Set baseline"))
        , m_document(document)
        , m_before(document->baseline())
        , m_after(index)
    { }
    void redo() override { m_document->setBaselineIndex(m_after); }
    void undo() override { m_document->setBaselineIndex(m_before); }

private:
    ScenarioDocument* m_document;
    int m_before;
    int m_after;
};

class RenameProject final : public QUndoCommand
{
public:
    RenameProject(ScenarioDocument* document, const QString& name)
        : QUndoCommand(QCoreApplication::translate("Command", "Rename project"))
        , m_document(document)
        , m_before(document->projectName())
        , m_after(name)
    { }
    void redo() override { m_document->setProjectName(m_after); }
    void undo() override { m_document->setProjectName(m_before); }

private:
    ScenarioDocument* m_document;
    QString m_before;
    QString m_after;
};

} // namespace

namespace Command {

void editScenario(ScenarioDocument* document, int index, Scenario updated, const QString& field)
{
    if (index < 0 || index >= document->count() || document->scenario(index) == updated)
        return;
    document->undoStack()->push(new EditScenario(document, index, std::move(updated), field));
}

int addScenario(ScenarioDocument* document, Scenario scenario, int at)
{
    const int index = at < 0 || at > document->count() ? document->count() : at;
    document->undoStack()->push(new InsertScenario(document, index, std::move(scenario),
                                                   QCoreApplication::translate("Command", "Add scenario")));
    return index;
}

int duplicateScenario(ScenarioDocument* document, int index)
{
    Scenario copy = document->scenario(index);
    copy.name = QCoreApplication::translate("Command", "%1 (copy)")
                    .arg(QString::fromStdString(copy.name))
                    .toStdString();
    document->undoStack()->push(new InsertScenario(
        document, index + 1, std::move(copy), QCoreApplication::translate("Command", "Duplicate scenario")));
    return index + 1;
}

void removeScenario(ScenarioDocument* document, int index)
{
    if (index >= 0 && index < document->count())
        document->undoStack()->push(new RemoveScenario(document, index));
}

void moveScenario(ScenarioDocument* document, int from, int to)
{
    if (from != to && from >= 0 && to >= 0 && from < document->count() && to < document->count())
        document->undoStack()->push(new MoveScenario(document, from, to));
}

void renameScenario(ScenarioDocument* document, int index, const QString& name)
{
    Scenario renamed = document->scenario(index);
    renamed.name = name.toStdString();
    editScenario(document, index, std::move(renamed),
                 QStringLiteral("name")); // the editor's key: edits merge
}

void setBaseline(ScenarioDocument* document, int index)
{
    if (index != document->baseline() && index >= 0 && index < document->count())
        document->undoStack()->push(new SetBaseline(document, index));
}

void renameProject(ScenarioDocument* document, const QString& name)
{
    if (name != document->projectName())
        document->undoStack()->push(new RenameProject(document, name));
}

} // namespace Command
} // namespace aicarbon
