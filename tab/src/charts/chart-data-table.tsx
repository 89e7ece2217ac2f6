import { useVisuallyHidden } from '../components/visually-hidden';

/** The chart's numbers as a table for screen readers (the picture itself is one role=img). */
export function ChartDataTable({ caption, headers, rows }: { caption: string; headers: [string, string]; rows: [string, string][] }) {
  const styles = useVisuallyHidden();
  return (
    <div className={styles.hidden}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{headers[0]}</th>
            <th scope="col">{headers[1]}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, value], i) => (
            <tr key={i}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
