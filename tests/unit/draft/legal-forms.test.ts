import { describe, expect, test } from 'vitest';
import { findCompany } from '../../../core/draft/index.ts';

describe('findCompany', () => {
  test.each<[string, string, string, boolean]>([
    ['ТОВ «Ромашка»', 'Ромашка', 'ТОВ', false],
    ['ТОВ "Ромашка"', 'Ромашка', 'ТОВ', false],
    ['ТОВ „Ромашка“', 'Ромашка', 'ТОВ', false],
    ['ТОВ “Ромашка”', 'Ромашка', 'ТОВ', false],
    ['ТОВ Ромашка Плюс, м. Київ', 'Ромашка Плюс', 'ТОВ', false],
    ['Товариство з обмеженою відповідальністю «Зелений Гай»', 'Зелений Гай', 'ТОВ', false],
    ['ТОВАРИСТВО З ОБМЕЖЕНОЮ ВІДПОВІДАЛЬНІСТЮ "АГРО"', 'АГРО', 'ТОВ', false],
    ['ПП «Вектор»', 'Вектор', 'ПП', false],
    ['ПрАТ «Київстар»', 'Київстар', 'ПрАТ', false],
    ['ПАТ «Укртелеком»', 'Укртелеком', 'ПАТ', false],
    ['АТ «Ощадбанк»', 'Ощадбанк', 'АТ', false],
    ['ДП «Антонов»', 'Антонов', 'ДП', false],
    ['КП «Київтеплоенерго»', 'Київтеплоенерго', 'КП', false],
    ['ФОП Петренко Іван Іванович', 'Петренко Іван Іванович', 'ФОП', true],
    ['Фізична особа-підприємець Коваль О.В.', 'Коваль О.В.', 'ФОП', true],
    ['ООО «Ромашка»', 'Ромашка', 'ООО', false],
    ['Общество с ограниченной ответственностью «Вектор»', 'Вектор', 'ООО', false],
    ['ОАО "Газмаш"', 'Газмаш', 'ОАО', false],
    ['ЗАО «Альфа»', 'Альфа', 'ЗАО', false],
    ['ПАО «Северсталь»', 'Северсталь', 'ПАО', false],
    ['АО «Стройтех»', 'Стройтех', 'АО', false],
    ['ИП Иванов И.И.', 'Иванов И.И.', 'ИП', true],
    ['Acme LLC', 'Acme', 'LLC', false],
    ['Acme Widgets Ltd', 'Acme Widgets', 'Ltd', false],
    ['Acme Widgets Ltd.', 'Acme Widgets', 'Ltd', false],
    ['Initech, Inc.', 'Initech', 'Inc', false],
    ['Kartka Software GmbH', 'Kartka Software', 'GmbH', false],
    ['Siemens AG', 'Siemens', 'AG', false],
    ['Nestlé S.A.', 'Nestlé', 'S.A.', false],
    ['Nowak Trans sp. z o.o.', 'Nowak Trans', 'sp. z o.o.', false],
    ['Smith & Partners LLP', 'Smith & Partners', 'LLP', false],
    ['Acme Holdings PLC', 'Acme Holdings', 'PLC', false],
    ['Tulip Trading BV', 'Tulip Trading', 'BV', false],
    ['Nordic Code OÜ', 'Nordic Code', 'OÜ', false],
    ['Carpați Export SRL', 'Carpați Export', 'SRL', false],
    ['Head of Sales at Bank of America Corp', 'Bank of America', 'Corp', false],
    ['LLC "Smart Logistics"', 'Smart Logistics', 'LLC', false],
  ])('%s', (line, name, legalForm, soleProprietor) => {
    expect(findCompany(line)).toMatchObject({ name, legalForm, soleProprietor });
  });

  test.each(['Ми працюємо з 2010 року', 'Мережа магазинів', 'Acme', 'ТОВ', 'контакт із клієнтом'])(
    '%s has no company',
    (line) => {
      expect(findCompany(line)).toBeNull();
    },
  );
});
