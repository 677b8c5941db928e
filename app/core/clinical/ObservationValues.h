#pragma once

#include "News2Input.h"

#include <QJsonObject>

namespace wp::clinical {

/// Reads a recorded observation (the observation form's values, keyed by the
/// observations.csv column names) into NEWS2 input. Missing or malformed values
/// stay missing, so the score is then incomplete rather than wrong.
News2Input news2InputFromObservation(const QJsonObject& values);

} // namespace wp::clinical
