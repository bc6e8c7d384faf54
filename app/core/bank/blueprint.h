#pragma once

#include "bank/localizedtext.h"

#include <QList>
#include <QString>

// A task statement of an exam domain ("1.1 Implement metrics, alarms, and filters ...").
struct TaskStatement
{
    QString id;
    LocalizedText name;
};

// A content domain of an exam with its weight in percent of the scored questions.
struct Domain
{
    QString id;
    LocalizedText name;
    int weight = 0;
    QList<TaskStatement> tasks;
};

// An exam's blueprint: length, time, scale, passing score and domains.
struct Blueprint
{
    QString id;
    LocalizedText title;
    int questionCount = 0;
    int durationMinutes = 0;
    int scaleMin = 100;
    int scaleMax = 1000;
    int passingScore = 0;
    QList<Domain> domains;

    // The fraction of questions that reaches the passing score on the estimated linear scale.
    double passFraction() const
    {
        const int span = scaleMax - scaleMin;
        return span > 0 ? double(passingScore - scaleMin) / span : 1.0;
    }
    const Domain *domain(QStringView domainId) const
    {
        for (const Domain &d : domains) {
            if (d.id == domainId)
                return &d;
        }
        return nullptr;
    }
    // The domain a task statement belongs to, or null.
    const Domain *domainOfTask(QStringView taskId) const
    {
        for (const Domain &d : domains) {
            for (const TaskStatement &t : d.tasks) {
                if (t.id == taskId)
                    return &d;
            }
        }
        return nullptr;
    }
    const TaskStatement *task(QStringView taskId) const
    {
        for (const Domain &d : domains) {
            for (const TaskStatement &t : d.tasks) {
                if (t.id == taskId)
                    return &t;
            }
        }
        return nullptr;
    }
};

// An entry of the topic vocabulary (AWS services and concepts).
struct Topic
{
    QString id;
    LocalizedText name;
};
