/**
 * Test support (not shipped): the Fortnox emulator for core's own tests. It is reached by a
 * relative path, not by package name, because @fortnox-kit/mock-server depends on core: a
 * devDependency back on it would make a package cycle (decisions/080). Every core test
 * imports the emulator from here, so this is the one line that knows where it lives.
 */
export {
  createFortnoxEmulator,
  FIELD_TABLES,
  type FieldTable,
  type FortnoxEmulator,
} from '../../mock-server/src/index.js';
/** The attendance cause codes the emulator accepts (kept equal to the kit's list). */
export { ATTENDANCE_CAUSE_CODES } from '../../mock-server/src/schemas/salary.js';
