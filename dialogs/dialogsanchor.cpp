#include "models/domain/result.h"
