// Why a value was refused (core/reason.ts codes), in en/uk/ru: the card editors, quick capture and imports.
import { defineMessages } from '../define';

export const reasonMessages = defineMessages({
  en: {
    'reason.email.empty': 'The email address is empty.',
    'reason.email.noAt': '"{value}" is not an email address: it has no @.',
    'reason.email.aroundAt': '"{value}" is not an email address: something is missing around the @.',
    'reason.email.doubleDot': '"{value}" is not an email address: it has two dots in a row.',
    'reason.email.invalid': '"{value}" is not an email address.',
    'reason.phone.empty': 'The phone number is empty.',
    'reason.phone.chars': '"{value}" has characters that are not part of a phone number.',
    'reason.phone.short': '"{value}" is too short for a phone number; include the area or operator code.',
    'reason.phone.invalid':
      '"{value}" is not a valid phone number for {region}; write it with the country code, e.g. +380 67 123 45 67.',
    'reason.id.empty': 'The registration id is empty.',
    'reason.id.digitsOnly': '{name} "{value}" must contain digits only.',
    'reason.id.length': '{name} "{value}" must have {expected} digits; it has {count}.',
    'reason.id.checkEdrpou':
      'ЄДРПОУ "{value}" has a wrong check digit; check it against the extract from the register.',
    'reason.id.checkIpn': 'ІПН/РНОКПП "{value}" has a wrong check digit; check it against the taxpayer card.',
    'reason.id.checkInn':
      'ИНН "{value}" has a wrong check digit; check it against the registration certificate.',
    'reason.id.checkOgrn':
      '{name} "{value}" has a wrong check digit; check it against the ЕГРЮЛ/ЕГРИП extract.',
    'reason.id.kpp': 'КПП "{value}" must be 9 characters: 4 digits, 2 digits or letters, 3 digits.',
    'reason.id.tooLong':
      'A registration id longer than 64 characters is not plausible; check what was pasted.',
    'reason.iban.empty': 'The IBAN is empty.',
    'reason.iban.start':
      'IBAN "{value}" must start with a country code and two check digits, e.g. UA21 3223 1300 …',
    'reason.iban.country': 'IBAN "{value}" starts with {country}, which is not a country that uses IBANs.',
    'reason.iban.length': 'IBAN "{value}" must have {expected} characters for {country}; it has {count}.',
    'reason.iban.check': 'IBAN "{value}" has wrong check digits; a character was probably mistyped.',
    'reason.vat.start': 'VAT number "{value}" must start with the country code, e.g. DE123456789.',
    'reason.vat.length': 'VAT number "{value}" must be 4-14 letters or digits after the country code.',
    'reason.vat.format': 'VAT number "{value}" does not have the format used in {country}.',
    'reason.birthday.month': 'Month {month} does not exist; use 1-12.',
    'reason.birthday.day': 'Day {day} does not exist in month {month}.',
    'reason.birthday.year': 'Year {year} is not plausible; leave it out if unknown.',
    'reason.birthday.leap': '{year} is not a leap year, so it has no 29 February.',
    'reason.person.nameless': 'Give the person a name, an email address or a phone number.',
    'reason.person.missing': 'This person is no longer in the base; they may have been deleted or merged.',
    'reason.company.nameless': 'Give the company a name.',
    'reason.domain.invalid': '"{value}" is not a domain name such as acme.ua.',
    'reason.domain.freemail': "{value} is a public mail service, not a company's domain; leave it out.",
    'reason.owned.email': '{value} already belongs to {name}; open that card or merge the two.',
    'reason.owned.phone': '{value} already belongs to {name}; open that card or merge the two.',
  },
  uk: {
    'reason.email.empty': 'Адреса електронної пошти порожня.',
    'reason.email.noAt': '«{value}» — не адреса електронної пошти: у ній немає @.',
    'reason.email.aroundAt': '«{value}» — не адреса електронної пошти: чогось бракує біля @.',
    'reason.email.doubleDot': '«{value}» — не адреса електронної пошти: у ній дві крапки поспіль.',
    'reason.email.invalid': '«{value}» — не адреса електронної пошти.',
    'reason.phone.empty': 'Номер телефону порожній.',
    'reason.phone.chars': '«{value}» містить символи, яких не буває в номері телефону.',
    'reason.phone.short': '«{value}» закороткий для номера телефону; додайте код міста або оператора.',
    'reason.phone.invalid':
      '«{value}» — не дійсний номер для регіону {region}; запишіть його з кодом країни, напр. +380 67 123 45 67.',
    'reason.id.empty': 'Реєстраційний код порожній.',
    'reason.id.digitsOnly': '{name} «{value}» має складатися лише з цифр.',
    'reason.id.length': '{name} «{value}» має містити стільки цифр: {expected}; зараз — {count}.',
    'reason.id.checkEdrpou': 'У ЄДРПОУ «{value}» неправильна контрольна цифра; звірте з витягом з реєстру.',
    'reason.id.checkIpn':
      'В ІПН/РНОКПП «{value}» неправильна контрольна цифра; звірте з карткою платника податків.',
    'reason.id.checkInn':
      'В ИНН «{value}» неправильна контрольна цифра; звірте зі свідоцтвом про реєстрацію.',
    'reason.id.checkOgrn': 'У {name} «{value}» неправильна контрольна цифра; звірте з витягом з ЕГРЮЛ/ЕГРИП.',
    'reason.id.kpp': 'КПП «{value}» має містити 9 символів: 4 цифри, 2 цифри або літери, 3 цифри.',
    'reason.id.tooLong': 'Реєстраційний код довший за 64 символи малоймовірний; перевірте, що вставлено.',
    'reason.iban.empty': 'IBAN порожній.',
    'reason.iban.start':
      'IBAN «{value}» має починатися з коду країни та двох контрольних цифр, напр. UA21 3223 1300 …',
    'reason.iban.country': 'IBAN «{value}» починається з {country}, а ця країна не використовує IBAN.',
    'reason.iban.length': 'IBAN «{value}» для {country} має містити символів: {expected}; зараз — {count}.',
    'reason.iban.check':
      'У IBAN «{value}» неправильні контрольні цифри; мабуть, один символ введено з помилкою.',
    'reason.vat.start': 'Номер ПДВ «{value}» має починатися з коду країни, напр. DE123456789.',
    'reason.vat.length': 'Номер ПДВ «{value}» після коду країни має містити 4–14 літер або цифр.',
    'reason.vat.format': 'Номер ПДВ «{value}» не відповідає формату країни {country}.',
    'reason.birthday.month': 'Місяця {month} не існує; вкажіть 1–12.',
    'reason.birthday.day': 'У місяці {month} немає дня {day}.',
    'reason.birthday.year': 'Рік {year} малоймовірний; якщо рік невідомий, залиште його порожнім.',
    'reason.birthday.leap': '{year} — не високосний рік, тож 29 лютого в ньому немає.',
    'reason.person.nameless': 'Вкажіть ім’я, адресу електронної пошти або номер телефону.',
    'reason.person.missing': 'Цієї людини вже немає в базі; можливо, її видалено або об’єднано з іншою.',
    'reason.company.nameless': 'Вкажіть назву компанії.',
    'reason.domain.invalid': '«{value}» — не доменне ім’я на зразок acme.ua.',
    'reason.domain.freemail': '{value} — публічна поштова служба, а не домен компанії; не вказуйте його.',
    'reason.owned.email': '{value} вже належить картці «{name}»; відкрийте ту картку або об’єднайте їх.',
    'reason.owned.phone': '{value} вже належить картці «{name}»; відкрийте ту картку або об’єднайте їх.',
  },
  ru: {
    'reason.email.empty': 'Адрес электронной почты пуст.',
    'reason.email.noAt': '«{value}» — не адрес электронной почты: в нём нет @.',
    'reason.email.aroundAt': '«{value}» — не адрес электронной почты: чего-то не хватает рядом с @.',
    'reason.email.doubleDot': '«{value}» — не адрес электронной почты: в нём две точки подряд.',
    'reason.email.invalid': '«{value}» — не адрес электронной почты.',
    'reason.phone.empty': 'Номер телефона пуст.',
    'reason.phone.chars': '«{value}» содержит символы, которых не бывает в номере телефона.',
    'reason.phone.short':
      '«{value}» слишком короткий для номера телефона; добавьте код города или оператора.',
    'reason.phone.invalid':
      '«{value}» — недействительный номер для региона {region}; запишите его с кодом страны, напр. +380 67 123 45 67.',
    'reason.id.empty': 'Регистрационный код пуст.',
    'reason.id.digitsOnly': '{name} «{value}» должен состоять только из цифр.',
    'reason.id.length': '{name} «{value}» должен содержать столько цифр: {expected}; сейчас — {count}.',
    'reason.id.checkEdrpou': 'В ЄДРПОУ «{value}» неверная контрольная цифра; сверьте с выпиской из реестра.',
    'reason.id.checkIpn':
      'В ІПН/РНОКПП «{value}» неверная контрольная цифра; сверьте с карточкой налогоплательщика.',
    'reason.id.checkInn':
      'В ИНН «{value}» неверная контрольная цифра; сверьте со свидетельством о постановке на учёт.',
    'reason.id.checkOgrn':
      'В {name} «{value}» неверная контрольная цифра; сверьте с выпиской из ЕГРЮЛ/ЕГРИП.',
    'reason.id.kpp': 'КПП «{value}» должен содержать 9 символов: 4 цифры, 2 цифры или буквы, 3 цифры.',
    'reason.id.tooLong': 'Регистрационный код длиннее 64 символов маловероятен; проверьте, что вставлено.',
    'reason.iban.empty': 'IBAN пуст.',
    'reason.iban.start':
      'IBAN «{value}» должен начинаться с кода страны и двух контрольных цифр, напр. UA21 3223 1300 …',
    'reason.iban.country': 'IBAN «{value}» начинается с {country}, а эта страна не использует IBAN.',
    'reason.iban.length':
      'IBAN «{value}» для {country} должен содержать символов: {expected}; сейчас — {count}.',
    'reason.iban.check':
      'В IBAN «{value}» неверные контрольные цифры; вероятно, один символ введён с ошибкой.',
    'reason.vat.start': 'Номер НДС «{value}» должен начинаться с кода страны, напр. DE123456789.',
    'reason.vat.length': 'Номер НДС «{value}» после кода страны должен содержать 4–14 букв или цифр.',
    'reason.vat.format': 'Номер НДС «{value}» не соответствует формату страны {country}.',
    'reason.birthday.month': 'Месяца {month} не существует; укажите 1–12.',
    'reason.birthday.day': 'В месяце {month} нет дня {day}.',
    'reason.birthday.year': 'Год {year} маловероятен; если год неизвестен, оставьте его пустым.',
    'reason.birthday.leap': '{year} — не високосный год, поэтому 29 февраля в нём нет.',
    'reason.person.nameless': 'Укажите имя, адрес электронной почты или номер телефона.',
    'reason.person.missing': 'Этого человека уже нет в базе; возможно, он удалён или объединён с другим.',
    'reason.company.nameless': 'Укажите название компании.',
    'reason.domain.invalid': '«{value}» — не доменное имя вроде acme.ua.',
    'reason.domain.freemail': '{value} — публичный почтовый сервис, а не домен компании; не указывайте его.',
    'reason.owned.email':
      '{value} уже принадлежит карточке «{name}»; откройте ту карточку или объедините их.',
    'reason.owned.phone':
      '{value} уже принадлежит карточке «{name}»; откройте ту карточку или объедините их.',
  },
});
