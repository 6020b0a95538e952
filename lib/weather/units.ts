export type TemperatureUnit = 'c' | 'f';

export function celsiusToFahrenheit(celsius: number): number {
  return (celsius * 9) / 5 + 32;
}

/** "22.9 °C" or "73.2 °F", one decimal as the provider reports it. */
export function formatTemperature(celsius: number, unit: TemperatureUnit): string {
  const value = unit === 'f' ? celsiusToFahrenheit(celsius) : celsius;
  return `${(Math.round(value * 10) / 10).toFixed(1)} °${unit.toUpperCase()}`;
}
