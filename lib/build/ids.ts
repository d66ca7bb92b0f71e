/** Firefox add-on id: stable so Firefox keeps the same storage across reinstalls and tests can pin the UUID. */
export const GECKO_ID = 'backstory@backstory.example';
