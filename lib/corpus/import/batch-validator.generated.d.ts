/** Types of the generated validator (batch-validator.generated.js). */
export interface SchemaError {
  instancePath: string;
  keyword: string;
  schemaPath: string;
  params: Record<string, unknown>;
  message?: string;
}
export interface GeneratedValidator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}
export const validateDocument: GeneratedValidator;
