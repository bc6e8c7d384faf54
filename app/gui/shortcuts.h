#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

// Every keyboard shortcut of the application, once. The window's actions and the pages'
// shortcuts are made from this table, and the key help (F1) lists it, so the two never drift
// apart; a test checks that every shortcut bound is here and that none collide.
namespace Shortcuts {

// How many choices have keys of their own (1–8, A–H): as many as a question may have.
inline constexpr int choiceKeys = 8;

// Where a shortcut works: everywhere in the window, or on one page.
enum class Scope { Window, Setup, Exam };

enum class Command {
    Home,
    History,
    Browse,
    Settings,
    Quit,
    LargerText,
    SmallerText,
    NormalText,
    KeyHelp,
    StartSession,
    Back,
    Choose,
    StrikeOut,
    Previous,
    Next,
    Flag,
    Bookmark,
    ReviewScreen,
    EndSession,
    OtherLanguage,
    CheckAnswer,
};

struct Entry
{
    Command command;
    Scope scope;
    QList<QKeySequence> keys;
    const char *keysText; // how the help writes a range of keys (translated); null: the keys
    const char *description; // what it does (translated in the context "Shortcuts")
};

const QList<Entry> &table();
const Entry &entry(Command command);
inline QList<QKeySequence> keys(Command command)
{
    return entry(command).keys;
}
// The keys as the help shows them ("Ctrl+H", "1–6 or A–F") and what they do, translated.
QString keysText(const Entry &entry);
QString description(const Entry &entry);

} // namespace Shortcuts
