// The form definition parser (hospital staff write these files by hand). A definition it
// accepts is then used as the screen would: validated empty, and with every field set to
// a number and to a string, so visibility and computed fields are evaluated.

#include "FuzzLaptop.h"
#include "clinical/forms/FormDefinitionParser.h"
#include "clinical/forms/FormValidator.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    wp::fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace wp::clinical;
    auto form = FormDefinitionParser::parse(wp::fuzz::bytes(data, size), QStringLiteral("fuzz.json"));
    if (!form) {
        return 0;
    }
    FormValues numbers;
    FormValues strings;
    for (const FieldDefinition* field : form->fields()) {
        numbers.insert(field->id, 1);
        strings.insert(field->id, QStringLiteral("yes"));
    }
    for (const FormValues& values : {FormValues(), numbers, strings}) {
        (void)FormValidator::validate(*form, values);
        (void)FormValidator::visibleValues(*form, values);
    }
    return 0;
}
