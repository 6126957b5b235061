// SPDX-License-Identifier: GPL-3.0-or-later
#include "editortracking.h"

#include "scenariodocument.h"

#include <algorithm>

namespace aicarbon {

namespace {

int afterMove(int current, int from, int to)
{
    if (current == from)
        return to;
    if (from < current && current <= to)
        return current - 1;
    if (to <= current && current < from)
        return current + 1;
    return current;
}

} // namespace

int followScenario(int current, const ChangeEvent& event, int count)
{
    if (count <= 0)
        return -1;
    int next = current;
    switch (event.kind) {
    case ChangeEvent::Kind::Inserted:
        next = current < 0 ? event.index : (event.index <= current ? current + 1 : current);
        break;
    case ChangeEvent::Kind::Removed:
        next = event.index < current ? current - 1 : current;
        break;
    case ChangeEvent::Kind::Moved:
        next = afterMove(current, event.index, event.to);
        break;
    default:
        break;
    }
    return std::clamp(next < 0 ? 0 : next, 0, count - 1);
}

} // namespace aicarbon
