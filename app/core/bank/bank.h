#pragma once

#include "bank/blueprint.h"
#include "bank/question.h"

#include <QByteArray>
#include <QList>

// The blueprints and the topic vocabulary that questions are checked against.
struct BankCatalog
{
    QList<Blueprint> blueprints;
    QList<Topic> topics;

    const Blueprint *blueprint(QStringView examId) const
    {
        for (const Blueprint &b : blueprints) {
            if (b.id == examId)
                return &b;
        }
        return nullptr;
    }
    const Topic *topic(QStringView topicId) const
    {
        for (const Topic &t : topics) {
            if (t.id == topicId)
                return &t;
        }
        return nullptr;
    }
};

// A whole question bank as read from its directory: catalog, questions and a hash of the files.
struct Bank
{
    BankCatalog catalog;
    QList<Question> questions;
    QByteArray contentHash; // hex SHA-256 over the file names and contents
};
